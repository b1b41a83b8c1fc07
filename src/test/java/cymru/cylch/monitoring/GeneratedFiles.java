package cymru.cylch.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Files made up to fuzz the readers of providers' files: random bytes, runs of tokens, and valid files mangled. */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** Up to {@code most} random bytes. */
    static byte[] bytes(Random random, int most) {
        byte[] bytes = new byte[random.nextInt(most)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Up to {@code most} tokens, chosen at random. */
    static String tokens(Random random, List<String> tokens, int most) {
        var text = new StringBuilder();
        for (int i = random.nextInt(most); i > 0; i--) {
            text.append(tokens.get(random.nextInt(tokens.size())));
        }
        return text.toString();
    }

    /** A valid file with up to 64 bytes cut off its end and up to 8 bytes changed. */
    static byte[] mangled(Random random, byte[] valid) {
        byte[] copy = Arrays.copyOf(valid, Math.max(1, valid.length - random.nextInt(Math.min(valid.length, 64))));
        for (int i = random.nextInt(8); i >= 0; i--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
