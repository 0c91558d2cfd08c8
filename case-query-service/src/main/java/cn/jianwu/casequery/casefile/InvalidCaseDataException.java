package cn.jianwu.casequery.casefile;

import java.util.List;

/**
 * Submitted case data that cannot be stored; answered as a 400 Problem listing each
 * field.
 */
public class InvalidCaseDataException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidCaseDataException(List<FieldProblem> problems) {
		super(problems.size() + " invalid field(s)");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
