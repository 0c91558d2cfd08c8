package cn.jianwu.redaction.names;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.hankcs.hanlp.corpus.io.IIOAdapter;

/**
 * HanLP's file access, limited to reading its dictionaries from the classpath. HanLP
 * writes a cache next to a dictionary it had to build from text, and its default adapter
 * for the portable edition falls back to a {@code FileOutputStream} relative to the
 * working directory for any path that is not a classpath resource: a service must not
 * leave files wherever it was started. The portable jar ships every cache it needs, so
 * refusing to write only means HanLP rebuilds in memory; HanLP catches the exception.
 */
final class ReadOnlyClasspath implements IIOAdapter {

	@Override
	public InputStream open(String path) throws IOException {
		String resource = path.startsWith("/") ? path : "/" + path;
		InputStream in = ReadOnlyClasspath.class.getResourceAsStream(resource);
		if (in == null) {
			// HanLP probes for optional files (caches, models) and handles their absence.
			throw new FileNotFoundException(path);
		}
		return in;
	}

	@Override
	public OutputStream create(String path) throws IOException {
		throw new IOException("HanLP may not write files: " + path);
	}

}
