package cn.jianwu.portal.hall.booking;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentRequest;

/**
 * A booking as typed on the service's page, kept as typed so that a refused form comes
 * back filled in. hall-service checks it (its patterns and limits are
 * {@link AppointmentRequest}'s); the form only turns the text into the request.
 *
 * @param slotStart the chosen slot's start, as the slot list's value (ISO local time)
 * @param name the person's name
 * @param phone the phone
 * @param idLast4 the last four characters of the ID number
 * @param purpose what it is about
 * @param licenceNumber a lawyer's licence number
 * @param lawFirm a lawyer's firm
 * @param caseNumber the lawyer's case
 * @param joinWaitlist whether to wait for a place when the slot is full
 */
public record BookingForm(String slotStart, String name, String phone, String idLast4, String purpose,
		String licenceNumber, String lawFirm, String caseNumber, boolean joinWaitlist) {

	/** An empty form, the slot preselected when the link named one. */
	public static BookingForm blank(String slotStart) {
		return new BookingForm(slotStart, null, null, null, null, null, null, null, false);
	}

	/**
	 * What is sent to hall-service. A lawyer's fields go only to a lawyers' service;
	 * blank ones are sent as absent, so that the service names what is missing.
	 * @param serviceId the service
	 * @param forLawyers whether the service is a lawyers' one
	 * @param channel where it was booked
	 */
	public AppointmentRequest request(UUID serviceId, boolean forLawyers, SubmissionChannel channel) {
		return new AppointmentRequest(serviceId, chosenSlot(), strip(this.name), compact(this.phone),
				upper(compact(this.idLast4)), strip(this.purpose), forLawyers ? compact(this.licenceNumber) : null,
				forLawyers ? strip(this.lawFirm) : null, forLawyers ? strip(this.caseNumber) : null, this.joinWaitlist,
				channel);
	}

	/** The chosen slot, or {@code null} when none (or not one of the list's values). */
	public LocalDateTime chosenSlot() {
		if (this.slotStart == null || this.slotStart.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(this.slotStart.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Whether a slot of the list is the one chosen. */
	public boolean chose(LocalDateTime start) {
		return start != null && start.equals(chosenSlot());
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Digits as typed with spaces between groups. */
	private static String compact(String text) {
		String stripped = strip(text);
		return (stripped != null) ? stripped.replaceAll("[\\s\\u3000]", "") : null;
	}

	private static String upper(String text) {
		return (text != null) ? text.toUpperCase(Locale.ROOT) : null;
	}

}
