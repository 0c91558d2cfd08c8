package cn.jianwu.casequery.importing;

/**
 * One error of an import.
 *
 * @param row the row of the CSV file (the header is row 1), or the position of the case
 * in the JSON list (the first is 1)
 * @param field the column or field, e.g. {@code idNumber} or {@code persons[1].idNumber}
 * @param message what is wrong, in Chinese
 */
public record ImportError(int row, String field, String message) {
}
