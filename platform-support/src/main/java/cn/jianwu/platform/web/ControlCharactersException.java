package cn.jianwu.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON text with a control character the platform refuses. Its message names the rule,
 * never the text, since exception messages end up in logs.
 */
public class ControlCharactersException extends MismatchedInputException {

	public ControlCharactersException(JsonParser parser) {
		super(parser, "JSON string contains a forbidden control character", String.class);
	}

}
