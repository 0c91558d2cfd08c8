package cn.jianwu.reports.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a volume's ZIP, streaming: to a temporary file beside the final one, hashing
 * every file and the whole ZIP as they are written, then moved into place atomically. The
 * revisions' texts and attachments come first, then the catalogue (PDF and JSON), then
 * {@code manifest.json} and {@code manifest.sig}. Nothing is held whole in memory but the
 * manifest and one revision's text.
 */
@Component
class VolumeWriter {

	private final Catalogues catalogues;

	private final AttachmentDownloads downloads;

	private final CataloguePdf pdf;

	private final ManifestSigner signer;

	private final JsonMapper json;

	private final InstitutionProperties institution;

	VolumeWriter(Catalogues catalogues, AttachmentDownloads downloads, CataloguePdf pdf, ManifestSigner signer,
			JsonMapper json, InstitutionProperties institution) {
		this.institution = institution;
		this.catalogues = catalogues;
		this.downloads = downloads;
		this.pdf = pdf;
		this.signer = signer;
		this.json = json;
	}

	/** What was written. */
	record Written(long size, String sha256, String manifestSha256, String signature, String keyId, int files,
			int missingAttachments) {
	}

	/**
	 * Writes the volume to {@code target}, which must not exist yet.
	 * @param volume the volume's identity, as the manifest states it
	 * @param entries its catalogue
	 * @param previous the ZIP of the quarter's last version, verified, or {@code null}:
	 * attachments found there are copied from it, since disclosure-service no longer
	 * serves those of a withdrawn or corrected item
	 */
	Written write(Manifest.Volume volume, List<CatalogueEntry> entries, Path target, Path previous) {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		MessageDigest zipDigest = VolumeFile.sha256();
		try {
			Files.createDirectories(target.getParent());
			Manifest manifest;
			byte[] manifestBytes;
			String signature;
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					ZipFile earlier = (previous != null) ? new ZipFile(previous.toFile(), StandardCharsets.UTF_8)
							: null) {
				OutputStream file = new DigestOutputStream(
						new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024), zipDigest);
				ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8);
				List<Manifest.File> files = new ArrayList<>();
				List<Manifest.MissingAttachment> missing = new ArrayList<>();
				for (CatalogueEntry entry : entries) {
					files.add(write(zip, VolumePaths.body(entry), html(entry)));
					for (AttachmentRef attachment : entry.attachments()) {
						Optional<Manifest.File> copied = attachment(zip, entry, attachment, earlier);
						if (copied.isPresent()) {
							files.add(copied.get());
						}
						else {
							missing.add(new Manifest.MissingAttachment(entry.itemId(), entry.revision(),
									attachment.id(), attachment.fileName()));
						}
					}
				}
				// the catalogue last, so that it can say which attachments could not be
				// copied
				VolumeFile catalogue = VolumeFile.open(zip, VolumePaths.CATALOGUE_PDF);
				this.pdf.write(volume, entries,
						missing.stream().map(Manifest.MissingAttachment::attachmentId).collect(Collectors.toSet()),
						catalogue);
				catalogue.close();
				files.add(catalogue.listed());
				files.add(write(zip, VolumePaths.CATALOGUE_JSON, this.json.writeValueAsBytes(entries)));
				manifest = new Manifest(Manifest.FORMAT, volume,
						(int) entries.stream().map(CatalogueEntry::itemId).distinct().count(), entries.size(),
						new Manifest.SignatureInfo(ManifestSigner.ALGORITHM, this.signer.keyId(),
								Manifest.SIGNATURE_PATH),
						files, missing);
				manifestBytes = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
				signature = this.signer.sign(manifestBytes);
				write(zip, Manifest.PATH, manifestBytes);
				write(zip, Manifest.SIGNATURE_PATH, signature.getBytes(StandardCharsets.US_ASCII));
				zip.finish();
				file.flush();
				channel.force(true);
			}
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			return new Written(Files.size(target), HexFormat.of().formatHex(zipDigest.digest()), sha256(manifestBytes),
					signature, manifest.signature().keyId(), manifest.files().size(),
					manifest.missingAttachments().size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the volume " + volume.id(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ex) {
				// a stray .part file is never read: volumes are found by their row
			}
		}
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(VolumeFile.sha256().digest(bytes));
	}

	private static Manifest.File write(ZipOutputStream zip, String path, byte[] content) throws IOException {
		VolumeFile file = VolumeFile.open(zip, path);
		file.write(content);
		file.close();
		return file.listed();
	}

	private Optional<Manifest.File> attachment(ZipOutputStream zip, CatalogueEntry entry, AttachmentRef attachment,
			ZipFile earlier) throws IOException {
		String path = VolumePaths.attachment(entry, attachment);
		ZipEntry kept = (earlier != null) ? earlier.getEntry(path) : null;
		Optional<InputStream> download = (kept != null) ? Optional.of(earlier.getInputStream(kept))
				: this.downloads.open(attachment);
		if (download.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = download.get()) {
			VolumeFile file = VolumeFile.open(zip, path);
			in.transferTo(file);
			file.close();
			return Optional.of(file.listed());
		}
	}

	/** A revision's redacted text as a page of its own. */
	private byte[] html(CatalogueEntry entry) {
		String title = HtmlUtils.htmlEscape(entry.title());
		String category = HtmlUtils.htmlEscape(Category.valueOf(entry.category()).label());
		String published = this.institution.dateTime(entry.publishedAt());
		String html = """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head><meta charset="utf-8"><title>%s</title></head>
				<body>
				<h1>%s</h1>
				<p>事项编号：%s　版本：第%d版　类别：%s　发布时间：%s</p>
				<hr>
				%s
				</body>
				</html>
				""".formatted(title, title, entry.itemId(), entry.revision(), category, published,
				this.catalogues.body(entry.itemId(), entry.revision()));
		return html.getBytes(StandardCharsets.UTF_8);
	}

}
