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
            status = outOfMemory(Lang.of(args, System.getenv()));
        } catch (StackOverflowError e) {
            java.util.Locale locale = Lang.of(args, System.getenv());
            System.err.println(Cli.MESSAGES.text(locale, "text.internal", e));
            System.err.println(Cli.MESSAGES.text(locale, "text.nested"));
            status = 1;
        }
        System.exit(status);
    }

    /**
     * The message for a build that needed more memory than Java was given. The output is written only at the end
     * of a build, so the previous site is still whole.
     */
    static int outOfMemory(java.util.Locale locale) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        System.err.println(Cli.MESSAGES.text(locale, "text.out-of-memory", mb));
        System.err.println(Cli.MESSAGES.text(locale, "text.site-kept"));
        return 1;
    }
}
