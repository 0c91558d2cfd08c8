package cn.jianwu.reports.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.jianwu.reports.api.archive.VerificationProblem;
import cn.jianwu.reports.api.archive.VerificationProblem.Kind;
import cn.jianwu.reports.api.archive.VolumeVerification;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Checks a sealed volume again from its stored ZIP: the ZIP's hash against the one
 * recorded when sealed, {@code manifest.json} against its recorded hash and
 * {@code manifest.sig}, and every file the manifest lists against its SHA-256 and size —
 * streamed, file by file. Every problem is reported with the file it concerns.
 */
@Component
class VolumeVerifier {

	private final ManifestSigner signer;

	private final JsonMapper json;

	private final Clock clock;

	VolumeVerifier(ManifestSigner signer, JsonMapper json, Clock clock) {
		this.signer = signer;
		this.json = json;
		this.clock = clock;
	}

	VolumeVerification verify(SealedVolume volume, Path file) {
		List<VerificationProblem> problems = new ArrayList<>();
		int checked = 0;
		if (!Files.isReadable(file)) {
			problems.add(new VerificationProblem(null, Kind.ARCHIVE_UNREADABLE, "卷宗文件不在存储目录中。"));
			return answer(volume, checked, problems);
		}
		try {
			if (!sha256(file).equals(volume.sha256())) {
				problems.add(new VerificationProblem(null, Kind.ARCHIVE_CHANGED, "卷宗文件的SHA-256与封存时记录的不一致。"));
			}
			try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
				byte[] manifestBytes = bytes(zip, Manifest.PATH);
				byte[] signature = bytes(zip, Manifest.SIGNATURE_PATH);
				if (manifestBytes == null) {
					problems.add(new VerificationProblem(Manifest.PATH, Kind.MISSING_FILE, "卷内没有清单。"));
					return answer(volume, checked, problems);
				}
				if (!VolumeWriter.sha256(manifestBytes).equals(volume.manifestSha256())) {
					problems
						.add(new VerificationProblem(Manifest.PATH, Kind.MANIFEST_CHANGED, "清单的SHA-256与封存时记录的不一致。"));
				}
				if (signature == null) {
					problems.add(new VerificationProblem(Manifest.SIGNATURE_PATH, Kind.MISSING_FILE, "卷内没有清单签名。"));
				}
				else if (!this.signer
					.verify(manifestBytes, new String(signature, StandardCharsets.US_ASCII), volume.keyId())
					.orElse(false)) {
					problems.add(new VerificationProblem(Manifest.SIGNATURE_PATH, Kind.SIGNATURE_INVALID,
							"清单签名无法用签名密钥 " + volume.keyId() + " 验证。"));
				}
				Manifest manifest;
				try {
					manifest = this.json.readValue(manifestBytes, Manifest.class);
				}
				catch (JacksonException ex) {
					problems.add(new VerificationProblem(Manifest.PATH, Kind.MANIFEST_CHANGED, "清单无法读取。"));
					return answer(volume, checked, problems);
				}
				Set<String> listed = new HashSet<>(Set.of(Manifest.PATH, Manifest.SIGNATURE_PATH));
				for (Manifest.File entry : manifest.files()) {
					listed.add(entry.path());
					ZipEntry zipEntry = zip.getEntry(entry.path());
					if (zipEntry == null) {
						problems.add(new VerificationProblem(entry.path(), Kind.MISSING_FILE, "清单所列文件不在卷内。"));
						continue;
					}
					checked++;
					check(zip, zipEntry, entry, problems);
				}
				zip.stream()
					.filter((entry) -> !listed.contains(entry.getName()))
					.forEach((entry) -> problems
						.add(new VerificationProblem(entry.getName(), Kind.UNLISTED_FILE, "卷内有清单未列出的文件。")));
			}
		}
		catch (IOException ex) {
			problems.add(new VerificationProblem(null, Kind.ARCHIVE_UNREADABLE, "卷宗文件已损坏，无法读取。"));
		}
		return answer(volume, checked, problems);
	}

	private VolumeVerification answer(SealedVolume volume, int checked, List<VerificationProblem> problems) {
		return new VolumeVerification(volume.id(), problems.isEmpty(), checked, problems, this.clock.instant());
	}

	private static void check(ZipFile zip, ZipEntry zipEntry, Manifest.File entry, List<VerificationProblem> problems)
			throws IOException {
		MessageDigest digest = VolumeFile.sha256();
		long size;
		try (InputStream in = new DigestInputStream(zip.getInputStream(zipEntry), digest)) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
			problems.add(new VerificationProblem(entry.path(), Kind.HASH_MISMATCH, "文件的SHA-256与清单记载的不一致。"));
		}
		if (size != entry.size()) {
			problems.add(new VerificationProblem(entry.path(), Kind.SIZE_MISMATCH,
					"文件大小为 " + size + " 字节，清单记载为 " + entry.size() + " 字节。"));
		}
	}

	private static byte[] bytes(ZipFile zip, String path) throws IOException {
		ZipEntry entry = zip.getEntry(path);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest = VolumeFile.sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
