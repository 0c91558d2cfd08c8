package cn.jianwu.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One launcher per data folder: a file lock on {@code run/launcher.lock}, held while the
 * launcher runs and released by the operating system if it dies.
 */
final class LauncherLock {

	private final FileChannel channel;

	private final FileLock lock;

	private LauncherLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock, or says which launcher holds it.
	 * @return the lock, or empty when another launcher runs
	 */
	static Optional<LauncherLock> acquire(Layout layout, PidFiles pidFiles) {
		FileChannel channel = null;
		FileLock lock;
		try {
			channel = FileChannel.open(layout.run().resolve("launcher.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			lock = channel.tryLock();
		}
		catch (IOException | OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String pid = pidFiles.read(StartCommand.LAUNCHER).map(String::valueOf).orElse("?");
			Console.say("already running (pid " + pid + ") — use deploy/local/run.sh stop");
			return Optional.empty();
		}
		return Optional.of(new LauncherLock(channel, lock));
	}

	void release() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the JVM ends anyway
		}
	}

}
