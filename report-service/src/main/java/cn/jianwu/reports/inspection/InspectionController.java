package cn.jianwu.reports.inspection;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.inspection.FindingsRequest;
import cn.jianwu.reports.api.inspection.GenerateInspectionRequest;
import cn.jianwu.reports.api.inspection.InspectionSummary;
import cn.jianwu.reports.api.inspection.InspectionView;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The half-yearly inspection reports ({@code /api/reports/inspections/**}). */
@RestController
class InspectionController {

	private final InspectionService service;

	private final InspectionRepository reports;

	InspectionController(InspectionService service, InspectionRepository reports) {
		this.service = service;
		this.reports = reports;
	}

	@PostMapping("/api/reports/inspections")
	@ResponseStatus(HttpStatus.CREATED)
	InspectionView generate(@Valid @RequestBody GenerateInspectionRequest request) {
		return this.service.generate(request.half(), StaffIdentity.require());
	}

	@GetMapping("/api/reports/inspections")
	List<InspectionSummary> list() {
		return this.reports.all();
	}

	@GetMapping("/api/reports/inspections/{id}")
	InspectionView get(@PathVariable String id) {
		return this.reports.find(id).orElseThrow(InspectionProblem::notFound);
	}

	@PutMapping("/api/reports/inspections/{id}/findings")
	InspectionView findings(@PathVariable String id, @Valid @RequestBody FindingsRequest request) {
		return this.service.findings(id, request, StaffIdentity.require());
	}

	@PostMapping("/api/reports/inspections/{id}/sign-off")
	InspectionView signOff(@PathVariable String id) {
		return this.service.signOff(id, StaffIdentity.require());
	}

	/** The archived PDF once signed off; before, the draft as it prints now. */
	@GetMapping("/api/reports/inspections/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		InspectionView report = get(id);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(report.title() + ".pdf", StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(this.service.pdf(id));
	}

}
