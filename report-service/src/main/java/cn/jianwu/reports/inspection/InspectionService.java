package cn.jianwu.reports.inspection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.inspection.FindingsRequest;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionFigures;
import cn.jianwu.reports.api.inspection.InspectionStatus;
import cn.jianwu.reports.api.inspection.InspectionView;
import cn.jianwu.reports.api.inspection.RectificationDemand;
import cn.jianwu.reports.obligation.ObligationRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection report's life: generated as a draft, edited by the supervision group,
 * signed off — then its demands are obligations and its PDF is archived, all in one
 * transaction, and it never changes again.
 */
@Service
class InspectionService {

	private static final Logger log = LoggerFactory.getLogger(InspectionService.class);

	private final InspectionRepository reports;

	private final HalfYearFigures figures;

	private final InspectionPdf pdf;

	private final ObligationRegister obligations;

	private final Clock clock;

	InspectionService(InspectionRepository reports, HalfYearFigures figures, InspectionPdf pdf,
			ObligationRegister obligations, Clock clock) {
		this.reports = reports;
		this.figures = figures;
		this.pdf = pdf;
		this.obligations = obligations;
		this.clock = clock;
	}

	/**
	 * The half-year's draft with figures computed now: a new draft, or the same draft
	 * with fresh figures (its findings kept). A signed-off report is not regenerated.
	 */
	@Transactional
	InspectionView generate(HalfYear half, StaffIdentity staff) {
		InspectionFigures fresh = this.figures.of(half);
		InspectionView existing = this.reports.lockHalf(half).orElse(null);
		if (existing == null) {
			String id = UUID.randomUUID().toString();
			if (this.reports.insert(id, fresh, staff.username())) {
				log.info("Inspection report {} drafted for {}", id, half);
				return this.reports.find(id).orElseThrow();
			}
			// generated at the same moment by another member of the group: theirs stands
			existing = this.reports.lockHalf(half).orElseThrow();
		}
		requireDraft(existing);
		this.reports.regenerate(existing.id(), fresh, staff.username());
		log.info("Inspection report {} regenerated for {}", existing.id(), half);
		return this.reports.find(existing.id()).orElseThrow();
	}

	@Transactional
	InspectionView findings(String id, FindingsRequest request, StaffIdentity staff) {
		InspectionView report = requireDraft(this.reports.lock(id).orElseThrow(InspectionProblem::notFound));
		List<RectificationDemand> demands = request.demands().stream().map((demand) -> demand.became(null)).toList();
		this.reports.findings(report.id(), request.findings(), demands, staff.username(), this.clock.instant());
		return this.reports.find(id).orElseThrow();
	}

	/**
	 * Seals the report: each rectification demand becomes an obligation of its
	 * department, and the PDF as signed is archived with its SHA-256.
	 */
	@Transactional
	InspectionView signOff(String id, StaffIdentity staff) {
		InspectionView report = requireDraft(this.reports.lock(id).orElseThrow(InspectionProblem::notFound));
		Instant at = this.clock.instant();
		List<RectificationDemand> demands = new ArrayList<>();
		for (RectificationDemand demand : report.demands()) {
			String obligationId = this.obligations.addRectification(report.id(), demand.department(), demand.title(),
					demand.category(), demand.due(), staff.username());
			demands.add(demand.became(obligationId));
		}
		InspectionView signed = new InspectionView(report.id(), report.half(), report.title(),
				InspectionStatus.SIGNED_OFF, InspectionStatus.SIGNED_OFF.label(), report.generatedBy(),
				report.figures(), report.findings(), demands, report.updatedBy(), report.updatedAt(), staff.username(),
				at, null);
		byte[] document = this.pdf.render(signed);
		this.reports.signOff(report.id(), demands, staff.username(), at, document, sha256(document));
		log.info("Inspection report {} for {} signed off with {} rectification demands", report.id(), report.half(),
				demands.size());
		return this.reports.find(id).orElseThrow();
	}

	/** The archived PDF of a signed-off report, or the draft as it would print now. */
	byte[] pdf(String id) {
		InspectionView report = this.reports.find(id).orElseThrow(InspectionProblem::notFound);
		if (report.status() == InspectionStatus.SIGNED_OFF) {
			return this.reports.archivedPdf(id).orElseThrow();
		}
		return this.pdf.render(report);
	}

	private static InspectionView requireDraft(InspectionView report) {
		if (report.status() != InspectionStatus.DRAFT) {
			throw InspectionProblem.signedOff();
		}
		return report;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
