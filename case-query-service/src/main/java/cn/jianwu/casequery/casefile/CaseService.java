package cn.jianwu.casequery.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.casequery.api.casefile.CaseStaffView;
import cn.jianwu.casequery.api.casefile.CaseStage;
import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.EventOutcome;
import cn.jianwu.casequery.api.casefile.IssuedCredential;
import cn.jianwu.casequery.api.casefile.MeasureRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.api.casefile.UpsertOutcome;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.casefile.CaseRepository.CaseRow;
import cn.jianwu.casequery.casefile.CaseRepository.PersonRow;
import cn.jianwu.casequery.credential.Credentials;
import cn.jianwu.casequery.credential.IssuedCode;
import cn.jianwu.casequery.hashing.IdNumbers;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.casequery.outbox.CaseOutbox;
import cn.jianwu.events.CaseProgressed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The case-management desk's use cases: upsert a case with its authorised persons and
 * measures, record a procedural step, merge an imported case. Every step that is recorded
 * emits {@code case.progress} through the outbox in the same transaction, every change
 * bumps the case's version (so the cached public view is replaced), and every newly
 * authorised person receives a credential whose code is answered once.
 */
@Service
public class CaseService {

	private static final Logger log = LoggerFactory.getLogger(CaseService.class);

	private final CaseRepository cases;

	private final CaseValidation validation;

	private final Credentials credentials;

	private final KeyedHash hash;

	private final CaseOutbox outbox;

	private final CaseViews views;

	CaseService(CaseRepository cases, CaseValidation validation, Credentials credentials, KeyedHash hash,
			CaseOutbox outbox, CaseViews views) {
		this.cases = cases;
		this.validation = validation;
		this.credentials = credentials;
		this.hash = hash;
		this.outbox = outbox;
		this.views = views;
	}

	/**
	 * Creates or replaces a case ({@code PUT}): persons and measures not listed are
	 * removed, and the removed persons' credentials revoked.
	 * @param caseNumber the case number (any bracket style)
	 * @param request the case
	 * @param actor the officer
	 * @return the case and the credentials issued now
	 */
	@Transactional
	public UpsertOutcome upsert(String caseNumber, CaseUpsertRequest request, String actor) {
		String number = CaseNumbers.normalise(caseNumber);
		List<FieldProblem> problems = new ArrayList<>();
		this.validation.caseNumber(number, "caseNumber", problems);
		problems.addAll(this.validation.check(request, ""));
		if (!problems.isEmpty()) {
			throw new InvalidCaseDataException(problems);
		}
		Applied applied = apply(number, request, request.persons(), request.measures(), List.of(), true, actor);
		return new UpsertOutcome(staffView(number), applied.created(), applied.issued());
	}

	/**
	 * Adds what an import brings to a case, removing nothing. The data must have been
	 * checked by {@link CaseValidation}.
	 * @param caseNumber the normalised case number
	 * @param fields the case's fields, or {@code null} when the import has only steps,
	 * persons or measures for a case that exists
	 * @param persons persons to add (or update, by ID number)
	 * @param measures measures to add
	 * @param events steps to add (a step already recorded is skipped)
	 * @param actor the officer
	 * @return what was done
	 */
	@Transactional
	public MergeOutcome merge(String caseNumber, CaseUpsertRequest fields, List<PersonRequest> persons,
			List<MeasureRequest> measures, List<ProceduralEventRequest> events, String actor) {
		Applied applied = apply(caseNumber, fields, persons, measures, events, false, actor);
		return new MergeOutcome(caseNumber, applied.created(), applied.eventsAdded(), applied.issued());
	}

	/**
	 * Records a procedural step; a step already recorded (same stage, same date) is
	 * answered without a second event.
	 * @param caseNumber the case
	 * @param request the step
	 * @param actor the officer
	 * @return the case after the step, and whether the step was new
	 */
	@Transactional
	public EventOutcome recordEvent(String caseNumber, ProceduralEventRequest request, String actor) {
		String number = CaseNumbers.normalise(caseNumber);
		List<FieldProblem> problems = this.validation.event(request, "");
		if (!problems.isEmpty()) {
			throw new InvalidCaseDataException(problems);
		}
		CaseRow row = this.cases.findForUpdate(number).orElseThrow(CaseNotFoundException::new);
		boolean added = addEvent(row, request.stage().trim(), request.date(), request.stageDeadline(), request.note(),
				actor);
		if (added) {
			this.cases.refreshCurrentStage(row.id());
			this.cases.touch(row.id());
			this.views.evictAfterCommit(row.caseNumber(), row.version());
		}
		return new EventOutcome(staffView(number), added);
	}

	/**
	 * The case as the desk sees it.
	 * @param caseNumber the case (any bracket style)
	 * @return the view
	 */
	@Transactional(readOnly = true)
	public CaseStaffView staffView(String caseNumber) {
		CaseRow row = this.cases.find(CaseNumbers.normalise(caseNumber)).orElseThrow(CaseNotFoundException::new);
		return new CaseStaffView(row.caseNumber(), row.caseName(), row.caseType(), row.department(), row.prosecutor(),
				row.acceptedAt(), row.stage(), row.stageDate(), row.stageDeadline(), row.version(),
				this.cases.events(row.id()), this.cases.measures(row.id()), this.cases.staffPersons(row.id()));
	}

	/**
	 * The public view of a case by its number (for the desk, which is not keyed by a
	 * code).
	 * @param caseNumber the case (any bracket style)
	 * @return the case's id and its public view
	 */
	@Transactional(readOnly = true)
	public Optional<PublicCase> publicCase(String caseNumber) {
		return this.cases.find(CaseNumbers.normalise(caseNumber))
			.flatMap((row) -> this.views.load(row.id())
				.map((view) -> new PublicCase(row.id(), view,
						this.cases.persons(row.id()).stream().map(PersonSummary::of).toList())));
	}

	public boolean exists(String caseNumber) {
		return this.cases.find(caseNumber).isPresent();
	}

	private Applied apply(String number, CaseUpsertRequest fields, List<PersonRequest> persons,
			List<MeasureRequest> measures, List<ProceduralEventRequest> events, boolean replace, String actor) {
		CaseRow row = this.cases.findForUpdate(number).orElse(null);
		boolean created = false;
		int eventsAdded = 0;
		if (row == null) {
			if (fields == null) {
				throw new CaseNotFoundException();
			}
			Long id = this.cases.insert(number, fields);
			if (id != null) {
				created = true;
				log.info("Case {} created by {}", id, actor);
			}
			row = this.cases.findForUpdate(number).orElseThrow(CaseNotFoundException::new);
			if (created && addEvent(row, CaseStage.ACCEPTED.label(), fields.acceptedAt(), null, null, actor)) {
				eventsAdded++;
			}
		}
		else if (fields != null) {
			this.cases.updateFields(row.id(), fields);
		}
		if (fields != null && StringUtils.hasText(fields.stage())) {
			String stage = fields.stage().trim();
			if (!stage.equals(currentStage(row, created))) {
				// Without a date: a new case (or an import) starts the stage on
				// acceptance,
				// the desk moving an existing case starts it today.
				LocalDate date = (fields.stageDate() != null) ? fields.stageDate()
						: (created || !replace) ? fields.acceptedAt() : this.validation.today();
				if (addEvent(row, stage, date, fields.stageDeadline(), null, actor)) {
					eventsAdded++;
				}
			}
			else if (fields.stageDeadline() != null) {
				this.cases.refreshCurrentStage(row.id());
				this.cases.correctLatestDeadline(row.id(), fields.stageDeadline());
			}
		}
		List<ProceduralEventRequest> ordered = new ArrayList<>(events);
		ordered.sort(Comparator.comparing(ProceduralEventRequest::date));
		for (ProceduralEventRequest event : ordered) {
			if (addEvent(row, event.stage().trim(), event.date(), event.stageDeadline(), event.note(), actor)) {
				eventsAdded++;
			}
		}
		this.cases.refreshCurrentStage(row.id());
		List<IssuedCredential> issued = syncPersons(row, persons, replace, actor);
		syncMeasures(row.id(), measures, replace);
		this.cases.touch(row.id());
		if (!created) {
			this.views.evictAfterCommit(row.caseNumber(), row.version());
		}
		return new Applied(created, eventsAdded, issued);
	}

	private String currentStage(CaseRow row, boolean created) {
		return created ? CaseStage.ACCEPTED.label() : row.stage();
	}

	private boolean addEvent(CaseRow row, String stage, LocalDate date, LocalDate deadline, String note, String actor) {
		LocalDate due = (deadline != null) ? deadline
				: Stages.deadline(stage, date, this.cases.latestDeadline(row.id(), date));
		boolean added = this.cases.insertEvent(row.id(), stage, date, due, note, actor);
		if (added) {
			this.outbox.record(new CaseProgressed(row.caseNumber(), stage, date));
			log.info("Case {} reached stage {} on {} (recorded by {})", row.id(), stage, date, actor);
		}
		return added;
	}

	private List<IssuedCredential> syncPersons(CaseRow row, List<PersonRequest> persons, boolean replace,
			String actor) {
		Map<String, PersonRow> existing = new HashMap<>();
		for (PersonRow person : this.cases.persons(row.id())) {
			existing.put(HexFormat.of().formatHex(person.idHash()), person);
		}
		Set<String> listed = new HashSet<>();
		List<IssuedCredential> issued = new ArrayList<>();
		for (PersonRequest person : persons) {
			String idNumber = IdNumbers.normalise(person.idNumber());
			byte[] idHash = this.hash.idNumber(idNumber);
			String key = HexFormat.of().formatHex(idHash);
			if (!listed.add(key)) {
				continue;
			}
			PersonRole role = PersonRole.parse(person.role()).orElseThrow();
			String name = person.name().trim();
			String licence = StringUtils.hasText(person.licenceNumber()) ? person.licenceNumber().trim() : null;
			PersonRow known = existing.get(key);
			if (known != null) {
				if (known.role() != role || !known.name().equals(name)
						|| !Objects.equals(known.licenceNumber(), licence)) {
					this.cases.updatePerson(known.id(), role, name, licence);
				}
				continue;
			}
			String last4 = IdNumbers.last4(idNumber);
			long personId = this.cases.insertPerson(row.id(), role, name, idHash, last4, licence);
			IssuedCode code = this.credentials.issue(personId, actor);
			issued.add(new IssuedCredential(row.caseNumber(), personId, role, name, last4, code.credentialId(),
					code.queryCode()));
		}
		if (replace) {
			for (Map.Entry<String, PersonRow> entry : existing.entrySet()) {
				if (!listed.contains(entry.getKey())) {
					this.credentials.revoke(entry.getValue().id(), actor, "不再是案件授权查询人员");
					this.cases.removePerson(entry.getValue().id());
					log.info("Person {} removed from case {} by {}", entry.getValue().id(), row.id(), actor);
				}
			}
		}
		return issued;
	}

	private void syncMeasures(long caseId, List<MeasureRequest> measures, boolean replace) {
		Set<String> listed = new HashSet<>();
		for (MeasureRequest measure : measures) {
			listed.add(measure.measure().trim() + "|" + measure.date());
			this.cases.insertMeasure(caseId, measure.measure(), measure.date());
		}
		if (replace) {
			for (CaseView.Measure measure : this.cases.measures(caseId)) {
				if (!listed.contains(measure.measure() + "|" + measure.date())) {
					this.cases.deleteMeasure(caseId, measure.measure(), measure.date());
				}
			}
		}
	}

	private record Applied(boolean created, int eventsAdded, List<IssuedCredential> issued) {
	}

	/**
	 * What a merge did.
	 *
	 * @param caseNumber the case
	 * @param created whether the case is new
	 * @param eventsAdded steps recorded
	 * @param issuedCredentials credentials issued, each with its code
	 */
	public record MergeOutcome(String caseNumber, boolean created, int eventsAdded,
			List<IssuedCredential> issuedCredentials) {
	}

	/**
	 * A case's public view with what the desk needs to check a visitor.
	 *
	 * @param caseId the case
	 * @param view its public view
	 * @param persons its authorised persons (role and ID last four only)
	 */
	public record PublicCase(long caseId, CaseView view, List<PersonSummary> persons) {
	}

	/**
	 * An authorised person as the desk query needs it.
	 *
	 * @param role the role
	 * @param idLast4 the last four of the ID number
	 */
	public record PersonSummary(PersonRole role, String idLast4) {

		static PersonSummary of(PersonRow row) {
			return new PersonSummary(row.role(), row.idLast4());
		}

	}

}
