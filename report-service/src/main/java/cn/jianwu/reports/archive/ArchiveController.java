package cn.jianwu.reports.archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.archive.ArchiveVolume;
import cn.jianwu.reports.api.archive.SealRequest;
import cn.jianwu.reports.api.archive.VolumeVerification;
import jakarta.validation.Valid;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly archive volumes (立卷归档): list every version, seal a past quarter on
 * demand, download a volume's ZIP, verify it again, and the public key its manifests are
 * signed with.
 */
@RestController
class ArchiveController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ArchiveService archives;

	private final VolumeVerifier verifier;

	private final ManifestSigner signer;

	ArchiveController(ArchiveService archives, VolumeVerifier verifier, ManifestSigner signer) {
		this.archives = archives;
		this.verifier = verifier;
		this.signer = signer;
	}

	@GetMapping("/api/reports/archives")
	List<ArchiveVolume> list(@RequestParam(required = false) String quarter,
			@RequestParam(required = false) String department) {
		return this.archives
			.list(StringUtils.hasText(quarter) ? quarter(quarter) : null,
					StringUtils.hasText(department) ? department.trim() : null)
			.stream()
			.map(SealedVolume::view)
			.toList();
	}

	/** Seals the quarter's volumes: one department's, or every department's. */
	@PostMapping("/api/reports/archives")
	@ResponseStatus(HttpStatus.CREATED)
	List<ArchiveVolume> seal(@Valid @RequestBody SealRequest request) {
		String department = StringUtils.hasText(request.department()) ? request.department().trim() : null;
		return this.archives.seal(request.quarter(), department, StaffIdentity.require().username())
			.stream()
			.map(SealedVolume::view)
			.toList();
	}

	@GetMapping("/api/reports/archives/{id}")
	ArchiveVolume one(@PathVariable UUID id) {
		return this.archives.find(id).view();
	}

	/** The volume's ZIP, streamed from the archive directory. */
	@GetMapping("/api/reports/archives/{id}/download")
	ResponseEntity<Resource> download(@PathVariable UUID id) {
		SealedVolume volume = this.archives.find(id);
		Path file = this.archives.file(volume);
		if (!Files.isReadable(file)) {
			throw ArchiveProblem.fileGone();
		}
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(volume.downloadName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(file));
	}

	@GetMapping("/api/reports/archives/{id}/verification")
	VolumeVerification verification(@PathVariable UUID id) {
		SealedVolume volume = this.archives.find(id);
		return this.verifier.verify(volume, this.archives.file(volume));
	}

	/** The public key (PEM) that verifies the manifests sealed now. */
	@GetMapping(path = "/api/reports/archives/signing-key", produces = "application/x-pem-file")
	String signingKey() {
		return this.signer.publicKeyPem();
	}

	private static Quarter quarter(String text) {
		try {
			return Quarter.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw ArchiveProblem.invalid(ex.getMessage());
		}
	}

}
