package cn.jianwu.redaction.minors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(textBlock = """
			15, 15
			１７, 17
			1.5, 1
			十, 10
			十六, 16
			十八, 18
			二十, 20
			二十三, 23
			两, 2
			一百零二, 102
			十几, 10
			十多, 10
			""")
	void readsAges(String numeral, int value) {
		assertThat(ChineseNumerals.parse(numeral)).hasValue(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "几", "十个" })
	void readsNothingElse(String numeral) {
		assertThat(ChineseNumerals.parse(numeral)).isEmpty();
	}

}
