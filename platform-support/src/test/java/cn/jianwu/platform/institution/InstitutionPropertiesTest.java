package cn.jianwu.platform.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionPropertiesTest {

	private final InstitutionProperties institution = new InstitutionProperties("测试区人民检察院", "12309",
			ZoneId.of("Asia/Shanghai"));

	@Test
	void datesReadAsPeopleHereReadThemInTheInstitutionsZone() {
		Instant lateEveningUtc = Instant.parse("2026-11-19T18:30:00Z");

		assertThat(this.institution.dateTime(lateEveningUtc)).isEqualTo("2026年11月20日 02:30");
		assertThat(this.institution.date(lateEveningUtc)).isEqualTo("2026年11月20日");
		assertThat(this.institution.isoDate(lateEveningUtc)).isEqualTo("2026-11-20");
		assertThat(this.institution.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
	}

	@Test
	void noDateReadsAsNothing() {
		assertThat(this.institution.dateTime(null)).isEmpty();
		assertThat(this.institution.date((Instant) null)).isEmpty();
		assertThat(this.institution.date((LocalDate) null)).isEmpty();
		assertThat(this.institution.isoDate(null)).isEmpty();
	}

}
