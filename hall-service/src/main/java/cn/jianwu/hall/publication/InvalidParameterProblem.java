package cn.jianwu.hall.publication;

import cn.jianwu.platform.web.InputProblems;
import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter out of its range (a page beyond the limit, a year before the
 * records): the platform's {@code invalid-parameter} problem, with a Chinese detail that
 * says what is allowed and never repeats what was sent.
 */
public class InvalidParameterProblem extends ErrorResponseException {

	public InvalidParameterProblem(String detail) {
		super(HttpStatus.BAD_REQUEST,
				Problems.of(HttpStatus.BAD_REQUEST, InputProblems.INVALID_PARAMETER, "请求参数有误", detail), null);
	}

}
