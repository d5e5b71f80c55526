package yearbook.config;

import java.util.List;

/**
 * One line of the 编委会 (editorial board) or 编辑部 (editorial staff) page: a role such as 主任 or 主编 and the
 * people who hold it, in the order the settings give them (the editors' order, usually by surname strokes).
 */
public record Credit(String role, List<String> members) {
    public Credit {
        members = List.copyOf(members);
    }
}
