package cn.jianwu.testsupport.hostile;

import java.util.List;

/**
 * Input no service may answer with a 5xx: what a fault run, a scanner or a broken client
 * sends. {@link #ECHO} marks values whose text must not come back in an error.
 */
public final class HostileCorpus {

	/** Put into values so that an error answer quoting them can be spotted. */
	public static final String ECHO = "ECHO7q";

	/** Query parameter values, as they go on the wire. */
	public static final List<String> QUERY_VALUES = List.of("%ff%fe", ECHO + "%ff", "a%00b" + ECHO, "%c0%ae",
			"%ed%a0%80", "%zz", "%e4%b8", "%01", "%c2%85", "%0a" + ECHO, "9".repeat(40), "1e309", "x".repeat(20000));

	/** Path segments for the {@code {id}}s of a path, as they go on the wire. */
	public static final List<String> PATH_SEGMENTS = List.of("%ff%fe", "%00", "%c0%ae%c0%ae", "%ed%a0%80", "%zz",
			"not-a-uuid", "9".repeat(30), "..%2f..%2fetc", "%0d%0a");

	/** Whole JSON bodies, each wrong as a request of any kind. */
	public static final List<String> BODIES = List.of("", " ", "null", "[]", "{}", "\"x\"", "1", "true", "{", "{\"a\":",
			"[".repeat(3000), "{\"a\":".repeat(2000), "9".repeat(2000), "\"" + "标".repeat(200_000) + "\"",
			"{\"a\":\"\u0000\"}", "\u0000", "{\"\\u0000\":1}");

	/** Values for each property of a request's schema, wrong as JSON or in type. */
	public static final List<String> PROPERTY_VALUES = List.of("1", "1" + "0".repeat(30), "2.5", "true", "[]", "{}",
			"\"a\\u0000b\"", "\"\\u0001" + ECHO + "\"", "\"\\u0085\"", "\"\\ud800\"", "\"a\u0000b\"",
			"-99999999999999999999");

	/** Bodies with the wrong content type, as {@code {type, body}}. */
	public static final List<List<String>> WRONG_CONTENT = List.of(List.of("text/plain", "{}"),
			List.of("application/xml", "<a/>"), List.of("application/x-www-form-urlencoded", "title=%ff%fe&a=%00"),
			List.of("multipart/form-data", "--x--"), List.of("application/json; charset=x-unknown", "{}"),
			List.of("application/json", "\u00ff\u00fe{}"));

	private HostileCorpus() {
	}

}
