package cn.jianwu.hall.booking.appointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.booking.AppointmentPerson;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.hall.booking.service.ServiceRepository;
import cn.jianwu.hall.booking.slot.SlotGrid;
import cn.jianwu.hall.booking.slot.SlotRepository;
import cn.jianwu.hall.calendar.WorkingCalendar;
import cn.jianwu.hall.casequery.LawyerChecks;
import cn.jianwu.hall.casequery.LawyerVerdict;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.throttle.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public books a slot. Everything that can be refused without the slot's row is
 * refused first (the service, the grid, the calendar, the window, the lawyer's fields, a
 * booking of the same person that day); the lawyer is checked with case-query-service
 * before the transaction, so that no lock waits for another service. Then, in one
 * transaction, the slot's row is locked and the place taken (or the waitlist joined, or
 * the booking refused as full), the booking and its sealed person written, audited and
 * announced through the outbox. The unique index on (service, person, day) stops what two
 * simultaneous requests of one person would slip past the first check.
 */
@Service
public class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final ServiceRepository services;

	private final SlotRepository slots;

	private final AppointmentRepository appointments;

	private final AppointmentPeople people;

	private final WorkingCalendar calendar;

	private final LawyerChecks lawyers;

	private final HallHash hash;

	private final Throttle throttle;

	private final HandlingAudit audit;

	private final BookingEvents events;

	private final BookingClock clock;

	private final TransactionTemplate transactions;

	BookingService(ServiceRepository services, SlotRepository slots, AppointmentRepository appointments,
			AppointmentPeople people, WorkingCalendar calendar, LawyerChecks lawyers, HallHash hash, Throttle throttle,
			HandlingAudit audit, BookingEvents events, BookingClock clock, TransactionTemplate transactions) {
		this.services = services;
		this.slots = slots;
		this.appointments = appointments;
		this.people = people;
		this.calendar = calendar;
		this.lawyers = lawyers;
		this.hash = hash;
		this.throttle = throttle;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	public BookingReceipt book(AppointmentRequest request, String clientKey) {
		this.throttle.booking(clientKey);
		BookableService service = this.services.find(request.serviceId())
			.filter(BookableService::active)
			.orElseThrow(BookingProblem::serviceNotFound);
		LocalDateTime start = request.slotStart().withSecond(0).withNano(0);
		if (!start.equals(request.slotStart())) {
			throw BookingProblem.invalid("所选时间不在该服务的接待时段内，请从可预约时段中选择");
		}
		SlotGrid.whyNot(service, start, this.clock.now(), this.calendar::isWorkingDay).ifPresent((why) -> {
			throw BookingProblem.invalid(why);
		});
		if (service.forLawyers()
				&& (blank(request.licenceNumber()) || blank(request.lawFirm()) || blank(request.caseNumber()))) {
			throw BookingProblem.invalid("律师预约须填写律师执业证号、律师事务所和案号");
		}
		String idLast4 = request.idLast4().toUpperCase(Locale.ROOT);
		byte[] personHash = this.hash.person(request.phone(), idLast4);
		if (this.appointments.activeOnDay(service.id(), personHash, start.toLocalDate())) {
			throw BookingProblem.alreadyBooked();
		}
		LawyerVerdict verdict = service.forLawyers()
				? this.lawyers.check(request.caseNumber().strip(), request.licenceNumber()) : null;
		String code = BookingCodes.next();
		AppointmentPerson person = new AppointmentPerson(request.name().strip(), request.phone().strip(), idLast4,
				request.purpose().strip(), service.forLawyers() ? request.licenceNumber() : null,
				service.forLawyers() ? request.lawFirm().strip() : null,
				service.forLawyers() ? request.caseNumber().strip() : null, null);
		try {
			Booked booked = this.transactions.execute((status) -> place(service, start, request.joinWaitlist(),
					request.channelOrWeb(), verdict, code, idLast4, personHash, person));
			log.info("Appointment {} booked: {} (service {})", booked.appointment().id(), booked.appointment().state(),
					service.id());
			return new BookingReceipt(code, booked.appointment().state(), booked.appointment().state().label(),
					service.name(), service.kind(), service.place(), start, booked.appointment().slotEnd(),
					booked.position(), service.notes());
		}
		catch (DuplicateKeyException ex) {
			// the same person's other request won the race for that day
			throw BookingProblem.alreadyBooked();
		}
	}

	private Booked place(BookableService service, LocalDateTime start, boolean joinWaitlist, SubmissionChannel channel,
			LawyerVerdict verdict, String code, String idLast4, byte[] personHash, AppointmentPerson person) {
		LocalDateTime end = SlotGrid.end(service, start);
		SlotRepository.SlotRow row = this.slots.lock(service.id(), start, end, service.capacity());
		if (row.cancelled()) {
			throw BookingProblem.slotCancelled();
		}
		AppointmentState state;
		if (row.remaining() > 0) {
			state = (verdict == null || verdict == LawyerVerdict.ACTING) ? AppointmentState.CONFIRMED
					: AppointmentState.PENDING_CONFIRMATION;
			this.slots.take(service.id(), start, 1);
		}
		else if (joinWaitlist) {
			state = AppointmentState.WAITLISTED;
		}
		else {
			throw BookingProblem.slotFull();
		}
		Instant now = this.clock.instant();
		Appointment appointment = new Appointment(UUID.randomUUID(), service.id(), start, end,
				this.hash.bookingPair(BookingCodes.KIND, code, idLast4), state, channel, verdict != null,
				(verdict != null) ? verdict.name() : null, null, false, now, null);
		this.appointments.insert(appointment, this.hash.bookingCode(BookingCodes.KIND, code), personHash,
				state == AppointmentState.WAITLISTED);
		this.people.seal(appointment.id(), person);
		this.audit.append(appointment.id(), "APPOINTMENT_BOOKED", channel.name(), channel.label(), null, state.name(),
				null, now);
		this.events.booked(appointment);
		if (state.holdsPlace()) {
			this.events.agendaChanged(start.toLocalDate());
		}
		return new Booked(appointment, this.appointments.waitlistPosition(appointment));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private record Booked(Appointment appointment, int position) {
	}

}
