package cn.jianwu.portal.hall.booking;

import java.util.List;
import java.util.Map;

import cn.jianwu.hall.api.booking.BookingLookupFailure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HallAnswerTest {

	@Test
	void aValidationProblemGoesToItsFields() {
		Map<String, String> errors = HallAnswer.errors(Map.of("detail", "请求有误", "errors",
				List.of(Map.of("field", "phone", "message", "请填写正确的电话号码"),
						Map.of("field", "phone", "message", "请填写联系电话"),
						Map.of("field", "idLast4", "message", "身份证号码后四位应为四位数字"))));
		assertThat(errors).containsOnly(Map.entry("phone", "请填写正确的电话号码；请填写联系电话"),
				Map.entry("idLast4", "身份证号码后四位应为四位数字"));
	}

	@Test
	void anyOtherProblemIsSaidAsTheServiceDetailsIt() {
		String detail = BookingLookupFailure.detail(5, 30);
		HallAnswer<Object> answer = HallAnswer.refused(404, HallAnswer.errors(Map.of("detail", detail)));
		assertThat(answer.ok()).isFalse();
		assertThat(answer.failure()).isEqualTo(detail);
		assertThat(HallAnswer.errors(Map.of("detail", "该时段已约满"))).containsOnly(Map.entry("general", "该时段已约满"));
	}

	@Test
	void anUnexplainedRefusalStillSaysSomethingInChinese() {
		assertThat(HallAnswer.errors(Map.of())).containsOnly(Map.entry("general", HallAnswer.REFUSED));
		assertThat(HallAnswer.errors(Map.of("detail", " "))).containsOnly(Map.entry("general", HallAnswer.REFUSED));
	}

	@Test
	void theFailureIsTheGeneralExplanationOrTheFirstFieldsOne() {
		assertThat(HallAnswer.<Object>unavailable().failure()).isEqualTo(HallAnswer.UNAVAILABLE);
		assertThat(HallAnswer.<Object>unavailable().status()).isEqualTo(503);
		assertThat(HallAnswer.<Object>throttled().status()).isEqualTo(429);
		assertThat(HallAnswer.refused(400, Map.of("phone", "电话有误")).failure()).isEqualTo("电话有误");
		assertThat(HallAnswer.of("receipt", 200).ok()).isTrue();
		assertThat(HallAnswer.of("receipt", 200).failure()).isNull();
	}

}
