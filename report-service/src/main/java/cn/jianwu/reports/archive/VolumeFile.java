package cn.jianwu.reports.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One file being written into the ZIP: counts and hashes what passes, and closing it
 * closes the entry, not the ZIP.
 */
final class VolumeFile extends FilterOutputStream {

	private final ZipOutputStream zip;

	private final String path;

	private final MessageDigest digest = sha256();

	private long size;

	private boolean closed;

	private VolumeFile(ZipOutputStream zip, String path) {
		super(zip);
		this.zip = zip;
		this.path = path;
	}

	static VolumeFile open(ZipOutputStream zip, String path) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		return new VolumeFile(zip, path);
	}

	@Override
	public void write(int b) throws IOException {
		this.zip.write(b);
		this.digest.update((byte) b);
		this.size++;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.zip.write(bytes, offset, length);
		this.digest.update(bytes, offset, length);
		this.size += length;
	}

	/** Ends the entry; the hash and size are then final. */
	@Override
	public void close() throws IOException {
		if (!this.closed) {
			this.closed = true;
			this.zip.closeEntry();
		}
	}

	Manifest.File listed() {
		if (!this.closed) {
			throw new IllegalStateException("Entry " + this.path + " is still open");
		}
		return new Manifest.File(this.path, this.size, HexFormat.of().formatHex(this.digest.digest()));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
