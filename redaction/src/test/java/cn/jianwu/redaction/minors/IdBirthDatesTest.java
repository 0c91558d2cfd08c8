package cn.jianwu.redaction.minors;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The birth date is read from the digits of whatever spelling the scanner reports.
 */
class IdBirthDatesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			11010520080315001X      | 2008-03-15
			11010520080315001x      | 2008-03-15
			110105 20080315 001X    | 2008-03-15
			110105-20080315-0018    | 2008-03-15
			110105.20080315.0018    | 2008-03-15
			１１０１０５２００８０３１５００１Ｘ | 2008-03-15
			110105080315001         | 1908-03-15
			110105991231002         | 1999-12-31
			""")
	void readsTheBirthDateFromTheDigits(String reported, LocalDate birth) {
		assertThat(IdBirthDates.of(reported)).contains(birth);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			11010520080230001X
			11010520081315001X
			1101052008031500
			110105X0080315001
			11010599123100X
			""")
	void readsNothingWithoutAnIdShapedRunOfDigitsAndARealDate(String reported) {
		assertThat(IdBirthDates.of(reported)).isEmpty();
	}

}
