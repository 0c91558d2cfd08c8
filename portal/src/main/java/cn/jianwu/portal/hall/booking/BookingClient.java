package cn.jianwu.portal.hall.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.api.booking.CheckInReceipt;
import cn.jianwu.hall.api.booking.ServiceSlots;
import cn.jianwu.portal.site.BackendUnavailableException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * hall-service's public appointment API as the portal and the kiosk call it: the bookable
 * services and their slots, a booking, and by booking code its lookup, cancellation,
 * calendar file and check-in; and the day's reception agenda. Outcomes are logged, never
 * a code or what a person typed.
 */
@Component
public class BookingClient {

	private static final Logger log = LoggerFactory.getLogger(BookingClient.class);

	private final PublicHallCalls calls;

	BookingClient(PublicHallCalls calls) {
		this.calls = calls;
	}

	List<BookableService> services() {
		return PublicHallCalls.read("services",
				() -> this.calls.reader()
					.get()
					.uri("/api/hall/services")
					.retrieve()
					.body(new ParameterizedTypeReference<List<BookableService>>() {
					}));
	}

	/** A service the public may book, or empty when there is none. */
	Optional<BookableService> service(UUID id) {
		try {
			return Optional.of(PublicHallCalls.read("service",
					() -> this.calls.reader()
						.get()
						.uri("/api/hall/services/{id}", id)
						.retrieve()
						.body(BookableService.class)));
		}
		catch (BackendUnavailableException ex) {
			if (ex.getCause() instanceof HttpClientErrorException refused
					&& refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	ServiceSlots slots(UUID service, LocalDate from, LocalDate to) {
		return PublicHallCalls.read("slots",
				() -> this.calls.reader()
					.get()
					.uri("/api/hall/services/{id}/slots?from={from}&to={to}", service, from, to)
					.retrieve()
					.body(ServiceSlots.class));
	}

	HallAnswer<BookingReceipt> book(AppointmentRequest booking, HttpServletRequest request) {
		HallAnswer<BookingReceipt> answer = this.calls.post("/api/hall/appointments", booking, request,
				(response) -> response.bodyTo(BookingReceipt.class));
		log.info("Booking of service {} ({}) ended {}", booking.serviceId(), booking.channelOrWeb(), answer.status());
		return answer;
	}

	HallAnswer<AppointmentLookup> lookup(BookingCodeRequest code, HttpServletRequest request) {
		return byCode("lookup", code, request, AppointmentLookup.class);
	}

	HallAnswer<AppointmentLookup> cancel(BookingCodeRequest code, HttpServletRequest request) {
		return byCode("cancel", code, request, AppointmentLookup.class);
	}

	/** The booking's calendar file (.ics), as hall-service writes it. */
	HallAnswer<byte[]> calendar(BookingCodeRequest code, HttpServletRequest request) {
		return byCode("calendar", code, request, byte[].class);
	}

	/** Checks in at the kiosk; a refusal says why in Chinese. */
	public HallAnswer<CheckInReceipt> checkIn(BookingCodeRequest code, HttpServletRequest request) {
		return byCode("check-in", code, request, CheckInReceipt.class);
	}

	/** The reception agenda of a day: times, services and places, never who. */
	public Agenda agenda(LocalDate date) {
		return PublicHallCalls.read("agenda",
				() -> this.calls.reader()
					.get()
					.uri("/api/public/agenda?date={date}", date)
					.retrieve()
					.body(Agenda.class));
	}

	private <T> HallAnswer<T> byCode(String action, BookingCodeRequest code, HttpServletRequest request,
			Class<T> type) {
		HallAnswer<T> answer = this.calls.post("/api/hall/appointments/" + action, code, request,
				(response) -> response.bodyTo(type));
		log.info("Booking {} ended {}", action, answer.status());
		return answer;
	}

}
