package id.merit.feedback.domain;

/** The 1-4 scale shared by SKM elements, BerAKHLAK ratings and public behaviour ratings. */
public final class Score {
    public static final int MIN = 1;
    public static final int MAX = 4;

    private Score() {
    }

    public static boolean valid(Integer s) {
        return s != null && s >= MIN && s <= MAX;
    }
}
