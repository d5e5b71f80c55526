package yearbook.diag;

/** How bad a finding is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
