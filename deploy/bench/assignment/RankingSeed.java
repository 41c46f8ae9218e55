import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Puts the ranking benchmark's world on the broker as the producing services' outbox relays would (CloudEvents
 * binary mode), so placement-service's own consumers build the projections: 10 units, an ADMINISTRATOR head
 * position per unit, N employees and their appraisal.finalized for 2024 and 2025. Payloads have the same shape as
 * the module's test Seed (schema-checked there). The mix is fixed (seed 42) and leaves a realistic minority
 * eligible: golongan, education field, PENGAWAS tenure and predikat each fail for some people.
 * Args: bootstrap servers, employee count. Prints the position id the vacancy should be opened for.
 */
public class RankingSeed {
    static final String[] GOLONGAN = {"III/b", "III/c", "III/d", "IV/a"};
    static final String[] FIELDS = {"Manajemen", "Administrasi Publik", "Hukum", "Ekonomi"};
    static final String[] PREDIKAT = {"SANGAT_BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN"};

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int n = Integer.parseInt(args[1]);
        Random rnd = new Random(42);
        Map<String, Object> cfg = Map.of("bootstrap.servers", bootstrap, "acks", "all", "linger.ms", 20, "batch.size", 262144);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(cfg, new StringSerializer(), new StringSerializer())) {
            UUID[] units = new UUID[10];
            UUID[] heads = new UUID[10];
            for (int u = 0; u < 10; u++) {
                units[u] = UUID.nameUUIDFromBytes(("bench-unit-" + u).getBytes());
                heads[u] = UUID.nameUUIDFromBytes(("bench-head-" + u).getBytes());
                send(p, "merit.org.v1", units[u].toString(), "id.merit.unit.upserted.v1",
                        "{\"id\":\"" + units[u] + "\",\"code\":\"BENCH-B" + u + "\",\"name\":\"Bidang " + u + "\",\"parentId\":null,"
                                + "\"headPositionId\":\"" + heads[u] + "\",\"version\":1}");
                send(p, "merit.org.v1", heads[u].toString(), "id.merit.position.upserted.v1",
                        "{\"id\":\"" + heads[u] + "\",\"code\":\"BENCH-KABID-" + u + "\",\"name\":\"Kepala Bidang " + u + "\",\"type\":\"ADMINISTRATOR\","
                                + "\"fungsionalLevel\":null,\"unitId\":\"" + units[u] + "\",\"head\":true,\"seats\":1,"
                                + "\"competencyStandard\":[{\"code\":\"INTEGRITAS\",\"name\":\"Integritas\",\"kind\":\"MANAGERIAL\",\"requiredLevel\":3},"
                                + "{\"code\":\"KERJA_SAMA\",\"name\":\"Kerja Sama\",\"kind\":\"MANAGERIAL\",\"requiredLevel\":3},"
                                + "{\"code\":\"KOMUNIKASI\",\"name\":\"Komunikasi\",\"kind\":\"MANAGERIAL\",\"requiredLevel\":3}],"
                                + "\"requirements\":{\"minEducationLevel\":\"S1\",\"acceptedFields\":[\"Administrasi Publik\",\"Manajemen\"],"
                                + "\"minGolongan\":\"III/c\",\"minYearsExperience\":3,\"maxAge\":null},\"incumbentNips\":[],\"version\":1}");
            }
            DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
            for (int i = 1; i <= n; i++) {
                LocalDate born = LocalDate.of(1965, 1, 1).plusDays(i);
                String nip = born.format(ymd) + "199003" + "1" + String.format("%03d", i % 1000);
                int u = i % 10;
                UUID pos = UUID.nameUUIDFromBytes(("bench-kasi-" + u).getBytes());
                String since = (2015 + rnd.nextInt(10)) + "-0" + (1 + rnd.nextInt(9)) + "-01";
                String level = rnd.nextInt(5) == 0 ? "S2" : "S1";
                Double potential = rnd.nextInt(10) == 0 ? null : 40 + rnd.nextInt(61) + 0.5;
                String json = "{\"nip\":\"" + nip + "\",\"employmentType\":\"PNS\",\"name\":\"Pegawai " + i + "\",\"frontTitle\":null,"
                        + "\"backTitle\":null,\"displayName\":\"Pegawai " + i + "\",\"birthPlace\":\"Palangka Raya\","
                        + "\"birthDate\":\"" + born + "\",\"sex\":\"MALE\",\"status\":\"ACTIVE\","
                        + "\"golongan\":{\"code\":\"" + GOLONGAN[rnd.nextInt(GOLONGAN.length)] + "\",\"pangkat\":\"Penata\",\"siasnCode\":\"32\",\"rank\":10,\"tmt\":\"2022-04-01\"},"
                        + "\"position\":{\"id\":\"" + pos + "\",\"code\":\"KASI\",\"name\":\"Kepala Seksi\",\"type\":\"PENGAWAS\",\"fungsionalLevel\":null,"
                        + "\"unitId\":\"" + units[u] + "\",\"tmt\":\"" + since + "\"},"
                        + "\"unit\":{\"id\":\"" + units[u] + "\",\"code\":\"BENCH-B" + u + "\",\"name\":\"Bidang " + u + "\",\"path\":[{\"id\":\"" + units[u]
                        + "\",\"code\":\"BENCH-B" + u + "\",\"name\":\"Bidang " + u + "\"}]},"
                        + "\"supervisorNip\":null,"
                        + "\"education\":[{\"level\":\"" + level + "\",\"field\":\"" + FIELDS[rnd.nextInt(FIELDS.length)] + "\",\"institution\":\"UPR\",\"year\":2000}],"
                        + "\"competencies\":[" + competency("INTEGRITAS", rnd) + "," + competency("KERJA_SAMA", rnd) + "," + competency("KOMUNIKASI", rnd) + "],"
                        + "\"potential\":" + (potential == null ? "null" : "{\"score\":" + potential + ",\"assessedOn\":\"2025-03-01\"}") + ","
                        + "\"positionHistory\":[{\"positionId\":\"" + pos + "\",\"positionName\":\"Kepala Seksi\",\"positionType\":\"PENGAWAS\","
                        + "\"unitId\":\"" + units[u] + "\",\"tmt\":\"" + since + "\",\"until\":null}],"
                        + "\"trainings\":[],\"version\":1}";
                send(p, "merit.employees.v1", nip, "id.merit.employee.upserted.v1", json);
                for (int year = 2024; year <= 2025; year++) {
                    send(p, "merit.appraisals.v1", nip, "id.merit.appraisal.finalized.v1",
                            "{\"skpId\":\"" + UUID.randomUUID() + "\",\"nip\":\"" + nip + "\",\"year\":" + year + ",\"periodId\":\"" + year + "\","
                                    + "\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\",\"berakhlak\":{\"BERORIENTASI_PELAYANAN\":\"MEETS\",\"AKUNTABEL\":\"MEETS\","
                                    + "\"KOMPETEN\":\"MEETS\",\"HARMONIS\":\"MEETS\",\"LOYAL\":\"MEETS\",\"ADAPTIF\":\"MEETS\",\"KOLABORATIF\":\"MEETS\"},"
                                    + "\"predikat\":\"" + PREDIKAT[rnd.nextInt(PREDIKAT.length)] + "\",\"appraiserNip\":\"197001012000011001\","
                                    + "\"finalizedAt\":\"" + year + "-12-20T08:00:00Z\",\"version\":1}");
                }
            }
            p.flush();
            System.out.println(heads[0]);
        }
    }

    static String competency(String code, Random rnd) {
        return "{\"code\":\"" + code + "\",\"kind\":\"MANAGERIAL\",\"level\":" + (1 + rnd.nextInt(5)) + ",\"assessedOn\":\"2025-03-01\",\"source\":null}";
    }

    static void send(KafkaProducer<String, String> p, String topic, String key, String type, String json) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, json);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", UUID.randomUUID().toString());
        header(r, "ce_source", "/merit/bench");
        header(r, "ce_type", type);
        header(r, "ce_subject", key);
        header(r, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(r, "content-type", "application/json");
        p.send(r);
    }

    static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
