package yearbook.cli;

/** Entry point of the {@code yearbook} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = YearbookCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            status = outOfMemory();
        } catch (StackOverflowError e) {
            System.err.println("internal error: " + e);
            System.err.println("something was nested too deeply to handle; set YEARBOOK_DEBUG=1 to see the details");
            status = 1;
        }
        System.exit(status);
    }

    /**
     * The message for a build that needed more memory than Java was given. The output is written only at the end
     * of a build, so the previous site is still whole.
     */
    static int outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        System.err.println("error: yearbook ran out of memory (it may use " + mb + " MB); give it more, e.g. "
                + "YEARBOOK_JAVA_OPTS=\"-Xss4m -Xmx8g\" ./yearbook build");
        System.err.println("the previous site was left as it was");
        return 1;
    }
}
