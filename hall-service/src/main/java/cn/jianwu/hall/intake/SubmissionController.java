package cn.jianwu.hall.intake;

import cn.jianwu.hall.api.message.MessageSubmission;
import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.platform.web.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public form ({@code POST /api/hall/messages}, no login): {@code 201} with the
 * receipt once the message is committed, {@code 200} with the same receipt for an
 * identical submission of the same client within the duplicate window.
 */
@RestController
class SubmissionController {

	private final IntakeService intake;

	private final ClientAddresses clients;

	SubmissionController(IntakeService intake, ClientAddresses clients) {
		this.intake = intake;
		this.clients = clients;
	}

	@PostMapping("/api/hall/messages")
	ResponseEntity<SubmissionReceipt> submit(@Valid @RequestBody MessageSubmission submission,
			HttpServletRequest request) {
		return answer(this.intake.submit(submission, this.clients.clientKey(request)));
	}

	/** The receipt holds the codes: no cache may keep it. */
	static ResponseEntity<SubmissionReceipt> answer(IntakeService.Submitted submitted) {
		return ResponseEntity.status(submitted.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(submitted.receipt());
	}

}
