package id.merit.placement.domain;

/** Position types of DESIGN §3, as carried by position.upserted. */
public enum PositionType {
    JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL
}
