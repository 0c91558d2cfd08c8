package cn.jianwu.reports.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.archive.ArchiveVolume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the quarterly volumes (立卷归档, seed §三b(二)): for each department, every revision it
 * published in the quarter. A volume is immutable: sealing again when the catalogue's
 * data changed (a later withdrawal, a delivery report) makes a new version; sealing again
 * when nothing changed answers the volume already sealed. Also what a demo runner calls
 * to seal a past quarter: {@link #sealQuarter}.
 */
@Service
public class ArchiveService {

	/** Who seals the volumes of the quarter-end job. */
	public static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(ArchiveService.class);

	private final Catalogues catalogues;

	private final Volumes volumes;

	private final VolumeWriter writer;

	private final VolumeVerifier verifier;

	private final ArchiveProperties properties;

	private final InstitutionProperties institution;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ArchiveService(Catalogues catalogues, Volumes volumes, VolumeWriter writer, VolumeVerifier verifier,
			ArchiveProperties properties, InstitutionProperties institution, JsonMapper json,
			TransactionTemplate transactions, Clock clock) {
		this.catalogues = catalogues;
		this.volumes = volumes;
		this.writer = writer;
		this.verifier = verifier;
		this.properties = properties;
		this.institution = institution;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Seals every department's volume of a quarter that is over (each department that
	 * published something in it).
	 * @param by who seals them (a username, or {@link #SYSTEM})
	 * @return the volumes, new or unchanged
	 */
	public List<ArchiveVolume> sealQuarter(Quarter quarter, String by) {
		return seal(quarter, null, by).stream().map(SealedVolume::view).toList();
	}

	/** The quarter before today's, in the institution's zone. */
	Quarter pastQuarter() {
		return Quarter.of(LocalDate.now(this.clock.withZone(this.institution.zone()))).previous();
	}

	List<SealedVolume> seal(Quarter quarter, String department, String by) {
		if (quarter.compareTo(pastQuarter()) > 0) {
			throw ArchiveProblem.quarterNotOver(quarter);
		}
		List<String> departments = (department != null) ? List.of(department) : this.catalogues.departments(quarter);
		List<SealedVolume> sealed = new ArrayList<>();
		for (String each : departments) {
			sealed.add(this.transactions.execute((status) -> sealOne(quarter, each, by, department != null)));
		}
		return sealed;
	}

	private SealedVolume sealOne(Quarter quarter, String department, String by, boolean asked) {
		this.volumes.lock(quarter, department);
		List<CatalogueEntry> entries = this.catalogues.entries(quarter, department);
		if (entries.isEmpty() && asked) {
			throw ArchiveProblem.nothingPublished(quarter, department);
		}
		String fingerprint = VolumeWriter.sha256(this.json.writeValueAsBytes(entries));
		SealedVolume latest = this.volumes.latest(quarter, department).orElse(null);
		if (latest != null && latest.fingerprint().equals(fingerprint)) {
			return latest;
		}
		UUID id = UUID.randomUUID();
		int version = (latest != null) ? latest.version() + 1 : 1;
		Instant sealedAt = this.clock.instant();
		String fileName = quarter + "/" + id + ".zip";
		Path target = this.properties.directory().resolve(fileName);
		Path previous = (latest != null && this.verifier.verify(latest, file(latest)).valid()) ? file(latest) : null;
		VolumeWriter.Written written;
		try {
			written = this.writer.write(new Manifest.Volume(id, this.institution.name(), quarter.toString(), department,
					version, sealedAt, by), entries, target, previous);
		}
		catch (AttachmentsUnavailableException ex) {
			log.warn("Volume {} of {} not sealed: {}", version, quarter, ex.getMessage());
			throw ArchiveProblem.disclosureUnavailable();
		}
		SealedVolume volume = new SealedVolume(id, quarter, department, version, sealedAt, by, fileName, written.size(),
				written.sha256(), written.manifestSha256(), written.signature(), written.keyId(),
				(int) entries.stream().map(CatalogueEntry::itemId).distinct().count(), entries.size(), written.files(),
				written.missingAttachments(), fingerprint);
		try {
			this.volumes.insert(volume);
		}
		catch (RuntimeException ex) {
			deleteQuietly(target);
			throw ex;
		}
		log.info("Sealed volume {} ({} version {}, {} revisions, {} bytes)", id, quarter, version, entries.size(),
				written.size());
		return volume;
	}

	List<SealedVolume> list(Quarter quarter, String department) {
		return this.volumes.list(quarter, department);
	}

	SealedVolume find(UUID id) {
		return this.volumes.find(id).orElseThrow(ArchiveProblem::notFound);
	}

	/** Where a volume's ZIP is kept. */
	Path file(SealedVolume volume) {
		return this.properties.directory().resolve(volume.fileName());
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the unrecorded volume file {}", file.getFileName());
		}
	}

}
