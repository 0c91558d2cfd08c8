package cn.jianwu.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * JSON as typed as the API says: a number is not a title, {@code 1e30} is not
 * {@code true}, {@code 2.5} is not a page number, {@code "3"} is not a count. Jackson's
 * defaults coerce all of these silently, and the coerced value then fails somewhere
 * deeper (PostgreSQL, a check constraint) as a 500, or worse, is stored.
 */
class StrictJson implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.String))
			.withCoercionConfig(LogicalType.Integer,
					(config) -> refuse(config, CoercionInputShape.Float, CoercionInputShape.String,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float,
					(config) -> refuse(config, CoercionInputShape.String, CoercionInputShape.Boolean))
			.addModule(new SimpleModule("platform-strict-text").addDeserializer(String.class,
					new ControlCharacterStringDeserializer()));
	}

	private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

}
