package cn.jianwu.portal.hall;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.booking.CheckInReceipt;
import cn.jianwu.portal.hall.booking.BookingClient;
import cn.jianwu.portal.hall.booking.BookingCodes;
import cn.jianwu.portal.hall.booking.HallAnswer;
import cn.jianwu.portal.site.BackendUnavailableException;

import org.springframework.stereotype.Component;

/**
 * What the kiosk asks of the hall's appointments (the hall feature's API for it; the
 * booking pages' own classes stay inside the feature): a check-in by booking code, and
 * the day's reception agenda.
 */
@Component
public class KioskBookings {

	private final BookingClient client;

	KioskBookings(BookingClient client) {
		this.client = client;
	}

	/**
	 * Checks a booking in.
	 * @param bookingCode the code as typed on the keypad
	 * @param idLast4 the last four characters of the ID number as typed
	 * @param request the visitor's request, for the address
	 */
	public CheckInOutcome checkIn(String bookingCode, String idLast4, HttpServletRequest request) {
		HallAnswer<CheckInReceipt> answer = this.client.checkIn(BookingCodes.of(bookingCode, idLast4), request);
		return new CheckInOutcome(answer.value(), answer.status(), answer.ok() ? null : answer.failure());
	}

	/**
	 * The reception agenda of a day.
	 * @throws BackendUnavailableException when hall-service did not answer
	 */
	public Agenda agenda(LocalDate date) {
		return this.client.agenda(date);
	}

	/**
	 * How a check-in at the kiosk ended.
	 *
	 * @param receipt the service, place and time, when checked in
	 * @param status the HTTP status the page answers with
	 * @param failure otherwise, why not, in Chinese (hall-service's words)
	 */
	public record CheckInOutcome(CheckInReceipt receipt, int status, String failure) {

		/** Whether hall-service could not be reached (rather than refusing). */
		public boolean unavailable() {
			return this.status >= 500;
		}

	}

}
