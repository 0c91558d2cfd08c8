package cn.jianwu.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The platform's answers to input it cannot take: one place for their stable
 * {@code type}s and Chinese texts. None of them repeats what was sent, so that a rejected
 * value never travels back into a page, a log or a screenshot.
 */
public final class InputProblems {

	/** Malformed percent-encoding or bytes that are not UTF-8 in the address. */
	public static final String MALFORMED_URL = "malformed-url";

	/** NUL or another control character in a parameter or a JSON text. */
	public static final String FORBIDDEN_CHARACTERS = "forbidden-characters";

	/** A parameter of the wrong type or out of range, e.g. letters for a page number. */
	public static final String INVALID_PARAMETER = "invalid-parameter";

	/** A request the web server could not parse at all (request line, headers). */
	public static final String MALFORMED_REQUEST = "malformed-request";

	private InputProblems() {
	}

	public static ProblemDetail malformedUrl() {
		return Problems.of(HttpStatus.BAD_REQUEST, MALFORMED_URL, "请求地址有误", "请求地址中含有无法识别的编码（须为UTF-8的百分号编码），请检查后重试。");
	}

	public static ProblemDetail forbiddenCharacters() {
		return Problems.of(HttpStatus.BAD_REQUEST, FORBIDDEN_CHARACTERS, "请求内容含有不允许的字符", "提交的内容含有空字符或其他控制字符，请删除后重新提交。");
	}

	public static ProblemDetail invalidParameter() {
		return Problems.of(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "请求参数有误", "请求参数的类型或取值范围不正确，请检查后重试。");
	}

	public static ProblemDetail malformedRequest(int status) {
		return Problems.of(HttpStatus.valueOf(status), MALFORMED_REQUEST, "请求格式有误", "服务器无法解析该请求，请检查请求地址和请求头后重试。");
	}

}
