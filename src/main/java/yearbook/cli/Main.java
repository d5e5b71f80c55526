package yearbook.cli;

/** Entry point of the {@code yearbook} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(YearbookCommand.commandLine().execute(args));
    }
}
