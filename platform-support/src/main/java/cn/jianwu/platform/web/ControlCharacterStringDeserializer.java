package cn.jianwu.platform.web;

import cn.jianwu.events.text.ControlCharacters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Jackson's string deserializer, refusing NUL and the other C0/C1 controls in every JSON
 * string a service reads, so that none reaches PostgreSQL (which cannot store NUL) or a
 * page. Tab and line breaks pass: bodies and comments span lines. Single-line fields such
 * as titles refuse those as well, with {@code @SingleLine}.
 */
public class ControlCharacterStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		String value = super.deserialize(parser, context);
		if (value != null && ControlCharacters.inText(value)) {
			throw new ControlCharactersException(parser);
		}
		return value;
	}

}
