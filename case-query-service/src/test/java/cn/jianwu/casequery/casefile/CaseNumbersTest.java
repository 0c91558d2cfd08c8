package cn.jianwu.casequery.casefile;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNumbersTest {

	@Test
	void acceptsCaseNumbersAndReadsOtherBracketsAsTheOfficialOnes() {
		assertThat(CaseNumbers.isValid("晋检刑诉受〔2017〕35010300001号")).isTrue();
		assertThat(CaseNumbers.normalise(" 晋检刑诉受[2017]35010300001号")).isEqualTo("晋检刑诉受〔2017〕35010300001号");
		assertThat(CaseNumbers.normalise("晋检刑诉受（2017）35010300001号")).isEqualTo("晋检刑诉受〔2017〕35010300001号");
		assertThat(CaseNumbers.isValid("晋检刑诉受〔2017〕35010300001")).isFalse();
		assertThat(CaseNumbers.isValid("../../actuator")).isFalse();
	}

	@Test
	void legalTimeLimits() {
		LocalDate day = LocalDate.of(2026, 1, 31);
		assertThat(Stages.deadline("审查逮捕", day, null)).isEqualTo(LocalDate.of(2026, 2, 7));
		assertThat(Stages.deadline("审查起诉", day, null)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Stages.deadline("延长审查起诉期限", day, LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(Stages.deadline("提起公诉", day, null)).isNull();
	}

}
