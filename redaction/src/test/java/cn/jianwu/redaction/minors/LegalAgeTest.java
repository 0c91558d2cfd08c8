package cn.jianwu.redaction.minors;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Ages as criminal law counts them: of age from the day after the 18th birthday. */
class LegalAgeTest {

	@ParameterizedTest(name = "born {0}, on {1}: minor {2}")
	@CsvSource(textBlock = """
			2008-03-15, 2026-03-14, true
			2008-03-15, 2026-03-15, true
			2008-03-15, 2026-03-16, false
			2008-03-15, 2020-01-01, true
			2008-03-15, 2007-12-31, true
			2008-02-29, 2026-02-28, true
			2008-02-29, 2026-03-01, false
			1990-03-07, 2024-05-01, false
			""")
	void countsTheEighteenthBirthdayAsStillUnderAge(LocalDate birth, LocalDate day, boolean minor) {
		assertThat(LegalAge.isMinorOn(birth, day)).isEqualTo(minor);
	}

}
