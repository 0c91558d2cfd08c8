package cn.jianwu.portal.hall.booking;

import java.util.Locale;

import cn.jianwu.hall.api.booking.BookingCodeRequest;

/**
 * A booking or sign-up code with the last four of the ID number, as typed: without the
 * spaces and dashes people put between groups, the ID's {@code x} as {@code X}. Whether
 * they match is hall-service's to say (one uniform answer for every wrong pair).
 */
public final class BookingCodes {

	private BookingCodes() {
	}

	/**
	 * @param code the 12 digits as typed
	 * @param idLast4 the last four characters of the ID number as typed
	 */
	public static BookingCodeRequest of(String code, String idLast4) {
		return new BookingCodeRequest(clean(code), clean(idLast4).toUpperCase(Locale.ROOT));
	}

	private static String clean(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s\\-\\u3000]", "") : "";
	}

}
