package cn.jianwu.casequery.casefile;

/**
 * One thing wrong with submitted case data.
 *
 * @param field where, e.g. {@code persons[1].idNumber}
 * @param message what, in Chinese
 */
public record FieldProblem(String field, String message) {
}
