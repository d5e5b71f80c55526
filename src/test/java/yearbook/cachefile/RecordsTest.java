package yearbook.cachefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RecordsTest {
    private static byte[] record() throws IOException {
        Records.Writer out = Records.writer();
        out.writeInt(4);
        out.writeUTF("articles/二〇一九/甲.md");
        out.writeLong(-7L);
        for (int i = 0; i < 100_000; i++) { // past the writer's first buffer
            out.writeInt(i);
        }
        return out.bytes();
    }

    @Test
    void aRecordReadsBackAsWrittenAndEndsWhereItsNumbersEnd() throws IOException {
        DataInputStream in = Records.checked(record());
        assertEquals(4, in.readInt());
        assertEquals("articles/二〇一九/甲.md", in.readUTF());
        assertEquals(-7L, in.readLong());
        for (int i = 0; i < 100_000; i++) {
            assertEquals(i, in.readInt());
        }
        assertEquals(-1, in.read(), "the checksum is not read as part of the record");
        assertThrows(EOFException.class, in::readInt);
    }

    @Test
    void aRecordWithAnyByteChangedOrCutShortIsNotRead() throws IOException {
        byte[] whole = record();
        for (int at : new int[] {0, 5, whole.length / 2, whole.length - 5, whole.length - 1}) {
            byte[] damaged = whole.clone();
            damaged[at] ^= 0x10;
            assertThrows(IOException.class, () -> Records.checked(damaged), "a byte changed at " + at);
        }
        assertThrows(IOException.class, () -> Records.checked(Arrays.copyOf(whole, whole.length - 1)));
        assertThrows(IOException.class, () -> Records.checked(new byte[] {1, 2, 3}));
        assertThrows(IOException.class, () -> Records.checked(new byte[0]));
    }
}
