package id.deskpilkada.platform.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For UUID columns that may be null (a reference such as an agency's parent): EclipseLink's own UUID
 * converter reads a SQL NULL with {@code jdbcValue.toString()} and fails. Both H2 and the PostgreSQL driver
 * hand {@code uuid} columns over as {@link UUID}, so nothing needs converting; only null has to pass.
 * Use with {@code @Convert(converter = NullableUuidConverter.class)}; listed in persistence.xml.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID dbData) {
        return dbData;
    }
}
