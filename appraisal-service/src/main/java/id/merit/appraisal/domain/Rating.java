package id.merit.appraisal.domain;

/** A rating against the leader's expectation (Hasil Kerja, Perilaku Kerja and each BerAKHLAK value). */
public enum Rating {
    ABOVE, MEETS, BELOW
}
