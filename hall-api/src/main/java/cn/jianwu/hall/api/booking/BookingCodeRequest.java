package cn.jianwu.hall.api.booking;

/**
 * A booking code with the last four of the ID number, to look up ({@code POST
 * /api/hall/appointments/lookup}), cancel ({@code .../cancel}), check in at the kiosk
 * ({@code .../check-in}) or fetch the calendar file ({@code .../calendar}). Not
 * annotated: every wrong, malformed or locked pair gets the one
 * {@link BookingLookupFailure}.
 *
 * @param bookingCode the 12 digits of the receipt
 * @param idLast4 the last four characters of the ID number
 */
public record BookingCodeRequest(String bookingCode, String idLast4) {

}
