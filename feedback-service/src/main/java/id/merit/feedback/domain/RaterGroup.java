package id.merit.feedback.domain;

/** Who gave the feedback. SELF and SUPERVISOR are named; every other group is shown only as an aggregate. */
public enum RaterGroup {
    PEER(false), SUBORDINATE(false), SUPERVISOR(true), SELF(true), PUBLIC(false);

    private final boolean named;

    RaterGroup(boolean named) {
        this.named = named;
    }

    public boolean named() {
        return named;
    }
}
