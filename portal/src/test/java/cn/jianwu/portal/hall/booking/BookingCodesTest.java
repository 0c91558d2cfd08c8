package cn.jianwu.portal.hall.booking;

import cn.jianwu.hall.api.booking.BookingCodeRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingCodesTest {

	@Test
	void theCodeAsTypedWithoutGroupSeparatorsAndTheIdsXInCapitals() {
		assertThat(BookingCodes.of(" 4821 0937-5516\u3000", "302x"))
			.isEqualTo(new BookingCodeRequest("482109375516", "302X"));
	}

	@Test
	void nothingTypedIsSentAsEmptyForTheServicesUniformAnswer() {
		assertThat(BookingCodes.of(null, null)).isEqualTo(new BookingCodeRequest("", ""));
	}

}
