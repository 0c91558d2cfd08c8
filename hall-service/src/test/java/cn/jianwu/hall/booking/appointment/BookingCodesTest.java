package cn.jianwu.hall.booking.appointment;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingCodesTest {

	@Test
	void codesAreTwelveRandomDigits() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = BookingCodes.next();
			assertThat(code).matches("[0-9]{12}");
			codes.add(code);
		}
		assertThat(codes).hasSizeGreaterThan(995);
	}

	@Test
	void onlyWellFormedPairsAreLookedFor() {
		assertThat(BookingCodes.wellFormed("123456789012", "123X")).isTrue();
		assertThat(BookingCodes.wellFormed("123456789012", "123x")).isTrue();
		assertThat(BookingCodes.wellFormed("12345678901", "1234")).isFalse();
		assertThat(BookingCodes.wellFormed("123456789012", "12X4")).isFalse();
		assertThat(BookingCodes.wellFormed(null, "1234")).isFalse();
		assertThat(BookingCodes.wellFormed("123456789012", null)).isFalse();
	}

}
