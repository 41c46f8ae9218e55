package id.merit.employee;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.merit.employee.domain.CompetencyStandard;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Small value lists stored as JSON text: read and written whole, never queried inside. */
public final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonColumns() {
    }

    public abstract static class Json<T> implements AttributeConverter<T, String> {
        private final TypeReference<T> type;

        Json(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalArgumentException("cannot store " + value, e);
            }
        }

        @Override
        public T convertToEntityAttribute(String column) {
            try {
                return column == null ? null : MAPPER.readValue(column, type);
            } catch (Exception e) {
                throw new IllegalStateException("stored JSON cannot be read: " + column, e);
            }
        }
    }

    @Converter
    public static class EducationColumn extends Json<List<Employee.Education>> {
        public EducationColumn() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class AssessmentColumn extends Json<List<Employee.Assessment>> {
        public AssessmentColumn() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class RegistryAppraisalColumn extends Json<List<Employee.RegistryAppraisal>> {
        public RegistryAppraisalColumn() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class CodesColumn extends Json<List<String>> {
        public CodesColumn() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class CompetencyStandardColumn extends Json<List<CompetencyStandard.Requirement>> {
        public CompetencyStandardColumn() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class RequirementsColumn extends Json<Position.Requirements> {
        public RequirementsColumn() {
            super(new TypeReference<>() { });
        }
    }
}
