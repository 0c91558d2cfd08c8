package cn.jianwu.hall.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jianwu.events.HallAppointmentBooked;
import cn.jianwu.events.HallAppointmentCancelled;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.activity.SignUpLookup;
import cn.jianwu.hall.api.activity.SignUpReceipt;
import cn.jianwu.hall.api.activity.SignUpRequest;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.lookup.LookupCounters;
import cn.jianwu.hall.lookup.LookupProperties;
import cn.jianwu.hall.outbox.HallOutbox;
import cn.jianwu.hall.throttle.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The public's side of an activity: signing up, and looking up or cancelling a sign-up
 * with its code and the last four of the ID number. A sign-up locks the activity's row,
 * so that its places are never given twice however many people race for the last one;
 * those who find it full are waitlisted, and a freed place goes to the first of them.
 * Every failed lookup or cancellation is the same answer (as the message lookup), and a
 * code locks after repeated wrong attempts ({@link LookupCounters}, namespace
 * {@code sign-up}).
 */
@Service
class SignUpService {

	private static final Logger log = LoggerFactory.getLogger(SignUpService.class);

	private static final Pattern CODE = Pattern.compile("[0-9]{12}");

	private static final Pattern ID_LAST4 = Pattern.compile(AppointmentRequest.ID_LAST4_PATTERN);

	/** Compared against when the code is unknown, so that the work is the same. */
	private static final byte[] NO_HASH = new byte[32];

	private final ActivityRepository activities;

	private final SignUpRepository signUps;

	private final SignUpPeople people;

	private final Invitees invitees;

	private final Announcing announcing;

	private final HallHash hash;

	private final LookupCounters counters;

	private final LookupProperties lookupProperties;

	private final Throttle throttle;

	private final HandlingAudit audit;

	private final HallOutbox outbox;

	private final TransactionTemplate transaction;

	private final ActivityClock clock;

	SignUpService(ActivityRepository activities, SignUpRepository signUps, SignUpPeople people, Invitees invitees,
			Announcing announcing, HallHash hash, LookupCounters counters, LookupProperties lookupProperties,
			Throttle throttle, HandlingAudit audit, HallOutbox outbox, TransactionTemplate transaction,
			ActivityClock clock) {
		this.activities = activities;
		this.signUps = signUps;
		this.people = people;
		this.invitees = invitees;
		this.announcing = announcing;
		this.hash = hash;
		this.counters = counters;
		this.lookupProperties = lookupProperties;
		this.throttle = throttle;
		this.audit = audit;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Signs up for an announced activity (the request already validated against the
	 * contract's annotations).
	 * @throws ActivityProblem 404 for an activity the public cannot see; 409 outside the
	 * window or for a phone already signed up; 403 for a stranger to an invited list
	 */
	SignUpReceipt signUp(UUID activityId, SignUpRequest request, String clientKey) {
		this.throttle.signUp(clientKey);
		Activity seen = this.activities.find(activityId)
			.filter(this.announcing::isPublic)
			.map(this.announcing::check)
			.orElseThrow(ActivityProblem::notFound);
		ActivityRules.requireSignUpOpen(seen, this.clock.local());
		Optional<InviteeRole> role = Optional.empty();
		if (seen.audience() == Audience.INVITED) {
			role = this.invitees.match(activityId, request.name(), request.phone());
			if (role.isEmpty()) {
				log.info("Sign-up for activity {} refused: not on the invitees' list", activityId);
				throw ActivityProblem.invitedOnly();
			}
		}
		InviteeRole inviteeRole = role.orElse(null);
		String idLast4 = request.idLast4().toUpperCase(Locale.ROOT);
		String phoneHash = this.invitees.phoneHash(request.phone());
		SignUpPerson person = new SignUpPerson(request.name().strip(), request.phone().strip(), idLast4,
				StringUtils.hasText(request.organisation()) ? request.organisation().strip() : null);
		try {
			return this.transaction.execute((status) -> {
				Activity activity = this.activities.lock(activityId).orElseThrow(ActivityProblem::notFound);
				ActivityRules.requireSignUpOpen(activity, this.clock.local());
				if (this.signUps.phoneActive(activityId, phoneHash)) {
					throw ActivityProblem.alreadySignedUp();
				}
				boolean placed = activity.taken() < activity.capacity();
				AppointmentState state = placed ? AppointmentState.CONFIRMED : AppointmentState.WAITLISTED;
				if (placed) {
					this.activities.take(activityId);
				}
				String code = SignUpCodes.random();
				while (this.signUps.codeTaken(this.hash.bookingCode(SignUpCodes.KIND, code))) {
					code = SignUpCodes.random();
				}
				UUID id = UUID.randomUUID();
				Instant now = this.clock.instant();
				this.signUps.insert(id, activityId, this.hash.bookingCode(SignUpCodes.KIND, code),
						this.hash.bookingPair(SignUpCodes.KIND, code, idLast4),
						this.hash.person(request.phone(), idLast4), phoneHash, state, request.channelOrWeb(),
						inviteeRole, now);
				this.people.seal(id, person);
				this.audit.append(id, ActivityStep.SIGN_UP.name(), request.channelOrWeb().name(),
						request.channelOrWeb().label(), null, state.name(), "活动：" + activityId, now);
				this.outbox.record(new HallAppointmentBooked(id.toString(), activityId.toString(),
						this.clock.instant(activity.startsAt()), state.name(), request.channelOrWeb(), now));
				int position = this.signUps.find(id).map(this.signUps::waitlistPosition).orElse(0);
				log.info("Sign-up {} for activity {} ({}, {})", id, activityId, state, request.channelOrWeb());
				return new SignUpReceipt(code, state, state.label(), activity.title(), activity.place(),
						activity.startsAt(), position);
			});
		}
		catch (DuplicateKeyException ex) {
			// the unique index caught what the locked check cannot have missed: still a
			// phone signed up twice
			throw ActivityProblem.alreadySignedUp();
		}
	}

	/**
	 * Looks a sign-up up, or cancels it, with its code.
	 * @param cancel whether to cancel it
	 * @return what the person sees, or the failure with its earliest time
	 */
	Looked lookup(BookingCodeRequest request, String clientKey, boolean cancel) {
		long started = System.nanoTime();
		this.throttle.bookingLookup(clientKey);
		long notBefore = started + this.lookupProperties.failureMinDuration().toNanos();
		String code = (request != null) ? request.bookingCode() : null;
		String idLast4 = (request != null) ? request.idLast4() : null;
		if (code == null || idLast4 == null || !CODE.matcher(code).matches() || !ID_LAST4.matcher(idLast4).matches()) {
			return Looked.failed(notBefore);
		}
		byte[] codeHash = this.hash.bookingCode(SignUpCodes.KIND, code);
		byte[] pairHash = this.hash.bookingPair(SignUpCodes.KIND, code, idLast4);
		Optional<SignUp> found = this.signUps.byCodeHash(codeHash);
		boolean right = HallHash.same(found.map(SignUp::pairHash).orElse(NO_HASH), pairHash) && found.isPresent();
		if (!this.counters.accepted(SignUpCodes.KIND, codeHash, right)) {
			return Looked.failed(notBefore);
		}
		SignUp signUp = found.get();
		if (cancel) {
			signUp = cancel(signUp);
		}
		return new Looked(view(signUp), 0);
	}

	/**
	 * Cancels a sign-up, freeing its place exactly once and giving it to the first
	 * waitlisted; a sign-up cancelled already is answered as it is.
	 */
	private SignUp cancel(SignUp given) {
		return this.transaction.execute((status) -> {
			Activity activity = this.activities.lock(given.activityId()).orElseThrow(ActivityProblem::notFound);
			SignUp signUp = this.signUps.lock(given.id()).orElseThrow(ActivityProblem::signUpNotFound);
			if (signUp.state() == AppointmentState.CANCELLED) {
				return signUp;
			}
			if (!ActivityRules.cancellable(signUp.state(), activity, this.clock.local())) {
				throw ActivityProblem.cannotCancel();
			}
			Instant now = this.clock.instant();
			this.signUps.cancel(signUp.id(), now);
			this.audit.append(signUp.id(), ActivityStep.CANCEL_SIGN_UP.name(), signUp.channel().name(),
					signUp.channel().label(), signUp.state().name(), AppointmentState.CANCELLED.name(),
					"活动：" + activity.id(), now);
			this.outbox.record(new HallAppointmentCancelled(signUp.id().toString(), activity.id().toString(),
					this.clock.instant(activity.startsAt()), false, now));
			if (signUp.state() == AppointmentState.CONFIRMED) {
				this.activities.release(activity.id());
				this.signUps.firstWaitlisted(activity.id()).ifPresent((next) -> {
					this.signUps.promote(next.id(), now);
					this.activities.take(activity.id());
					this.audit.append(next.id(), ActivityStep.PROMOTE_SIGN_UP.name(), ActivityStep.SYSTEM,
							ActivityStep.SYSTEM_NAME, AppointmentState.WAITLISTED.name(),
							AppointmentState.CONFIRMED.name(), "活动：" + activity.id(), now);
					log.info("Sign-up {} for activity {} moved up from the waitlist", next.id(), activity.id());
				});
			}
			log.info("Sign-up {} for activity {} cancelled", signUp.id(), activity.id());
			return this.signUps.find(signUp.id()).orElseThrow(ActivityProblem::signUpNotFound);
		});
	}

	private SignUpLookup view(SignUp signUp) {
		Activity activity = this.activities.find(signUp.activityId()).orElseThrow(ActivityProblem::notFound);
		LocalDateTime now = this.clock.local();
		AppointmentState shown = ActivityRules.shown(signUp.state(), activity, now);
		return new SignUpLookup(activity.id(), shown, shown.label(), activity.title(), activity.place(),
				activity.startsAt(), this.signUps.waitlistPosition(signUp),
				ActivityRules.cancellable(signUp.state(), activity, now));
	}

	/**
	 * @param view what the person sees, or {@code null} for the failure
	 * @param notBefore {@link System#nanoTime()} before which a failure must not be
	 * answered
	 */
	record Looked(SignUpLookup view, long notBefore) {

		static Looked failed(long notBefore) {
			return new Looked(null, notBefore);
		}

	}

}
