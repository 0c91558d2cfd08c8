package cn.jianwu.casequery.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.casequery.api.casefile.ImportReport;
import cn.jianwu.casequery.api.casefile.IssuedCredential;
import cn.jianwu.casequery.api.casefile.MeasureRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.casefile.CaseService.MergeOutcome;
import cn.jianwu.casequery.casefile.CaseService;
import cn.jianwu.casequery.casefile.CaseValidation;
import cn.jianwu.casequery.casefile.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk import: every row is checked first, and only a file without a single error is
 * written, all of it in one transaction (a failure while writing rolls everything back,
 * the {@code case.progress} events of the outbox included). An import adds and updates,
 * it never removes: persons, measures and steps not in the file stay as they are; a step
 * already recorded is skipped, so the same export can be imported twice.
 */
@Service
class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final CaseValidation validation;

	private final CaseService cases;

	ImportService(CaseValidation validation, CaseService cases) {
		this.validation = validation;
		this.cases = cases;
	}

	@Transactional
	ImportReport run(List<ImportedCase> imported, List<ImportError> parseErrors, boolean dryRun, String actor) {
		List<ImportError> errors = new ArrayList<>(parseErrors);
		for (ImportedCase item : imported) {
			if (!item.rows.isEmpty()) {
				check(item, errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(firstPerField(errors));
		}
		int created = 0;
		int events = 0;
		int cases = 0;
		List<IssuedCredential> issued = new ArrayList<>();
		if (!dryRun) {
			for (ImportedCase item : imported) {
				if (item.rows.isEmpty()) {
					continue;
				}
				MergeOutcome outcome = this.cases.merge(item.caseNumber, item.fields, values(item.persons),
						values(item.measures), values(item.events), actor);
				cases++;
				created += outcome.created() ? 1 : 0;
				events += outcome.eventsAdded();
				issued.addAll(outcome.issuedCredentials());
			}
			log.info("Import by {}: {} cases ({} new), {} steps, {} credentials", actor, cases, created, events,
					issued.size());
		}
		else {
			cases = (int) imported.stream().filter((item) -> !item.rows.isEmpty()).count();
		}
		return new ImportReport(!dryRun, dryRun, cases, created, events, issued);
	}

	private void check(ImportedCase item, List<ImportError> errors) {
		int firstRow = item.rows.get(0);
		List<FieldProblem> number = new ArrayList<>();
		this.validation.caseNumber(item.caseNumber, "caseNumber", number);
		if (!number.isEmpty()) {
			item.rows.forEach((row) -> errors.add(new ImportError(row, "caseNumber", number.get(0).message())));
			return;
		}
		if (item.fields != null) {
			this.validation.check(item.fields, "")
				.forEach((problem) -> errors.add(new ImportError(item.caseRow, problem.field(), problem.message())));
		}
		else if (!this.cases.exists(item.caseNumber)) {
			errors.add(new ImportError(firstRow, "caseNumber", "系统中没有该案件，文件中也没有它的案件行"));
		}
		for (ImportedCase.Row<PersonRequest> person : item.persons) {
			this.validation.person(person.value(), person.prefix())
				.forEach((problem) -> errors.add(new ImportError(person.row(), problem.field(), problem.message())));
		}
		for (ImportedCase.Row<MeasureRequest> measure : item.measures) {
			this.validation.measure(measure.value(), measure.prefix())
				.forEach((problem) -> errors.add(new ImportError(measure.row(), problem.field(), problem.message())));
		}
		for (ImportedCase.Row<ProceduralEventRequest> event : item.events) {
			this.validation.event(event.value(), event.prefix())
				.forEach((problem) -> errors.add(new ImportError(event.row(), problem.field(), problem.message())));
		}
	}

	/** A date that could not be read is reported once, not again as missing. */
	private static List<ImportError> firstPerField(List<ImportError> errors) {
		Map<String, ImportError> first = new LinkedHashMap<>();
		for (ImportError error : errors) {
			first.putIfAbsent(error.row() + "|" + error.field(), error);
		}
		List<ImportError> sorted = new ArrayList<>(first.values());
		sorted.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return sorted;
	}

	private static <T> List<T> values(List<ImportedCase.Row<T>> rows) {
		Set<T> seen = new HashSet<>();
		List<T> values = new ArrayList<>();
		for (ImportedCase.Row<T> row : rows) {
			if (seen.add(row.value())) {
				values.add(row.value());
			}
		}
		return values;
	}

}
