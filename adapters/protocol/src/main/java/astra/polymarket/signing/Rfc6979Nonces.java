package astra.polymarket.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6979 deterministic nonces (section 3.2, HMAC-SHA256) for a 256-bit group order: the same
 * sequence of k as BouncyCastle's {@code HMacDSAKCalculator(new SHA256Digest())}, which web3j signs
 * with, so signatures stay byte-identical.
 *
 * <p>Why not BouncyCastle's calculator: it runs SHA-256 in plain Java. The JDK's
 * {@code HmacSHA256} runs the compression function the JIT replaces with the CPU's SHA
 * instructions where it has them (the bench machine does), and the HMAC under the all-zero
 * initial key is keyed once per instance instead of once per signature.
 *
 * <p>The sequence, as BouncyCastle gives it: after {@link #init}, each {@link #next} computes
 * {@code V = HMAC_K(V)} and returns {@code int(V)} when it lies in {@code [1, n−1]}; otherwise it
 * sets {@code K = HMAC_K(V ‖ 0x00)}, {@code V = HMAC_K(V)} and tries again. (A caller that rejects
 * a k it was given calls {@link #next} again, which continues from the current V without that
 * K update — BouncyCastle's behaviour, kept for identical bytes.)
 *
 * <p>Mutable, one instance per thread. Holds secret-derived state (K, V) between calls, as
 * BouncyCastle's calculator does; the private key's bytes are wiped at the end of {@link #init}.
 */
final class Rfc6979Nonces {
    private static final String HMAC = "HmacSHA256";
    private static final int BYTES = 32;

    private final BigInteger order;
    private final byte[] orderBytes;
    private final Mac zeroKeyMac;
    private final Mac mac;
    private final byte[] k = new byte[BYTES];
    private final byte[] v = new byte[BYTES];
    private final byte[] x = new byte[BYTES];
    private final byte[] h = new byte[BYTES];

    /** Nonces below {@code order}, which must be a 256-bit number. */
    Rfc6979Nonces(BigInteger order) {
        if (order.bitLength() != 8 * BYTES) {
            throw new IllegalArgumentException("the group order must be a 256-bit number, got "
                    + order.bitLength() + " bits");
        }
        this.order = order;
        this.orderBytes = fixed(order);
        try {
            this.zeroKeyMac = Mac.getInstance(HMAC);
            this.zeroKeyMac.init(new SecretKeySpec(new byte[BYTES], HMAC));
            this.mac = Mac.getInstance(HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no " + HMAC, e);
        }
    }

    /** Starts the sequence for private key {@code d} (in [1, n−1]) and the 32-byte {@code digest}. */
    void init(BigInteger d, byte[] digest) {
        if (d.signum() <= 0 || d.compareTo(order) >= 0) {
            throw new IllegalArgumentException("private key is outside [1, n-1]");
        }
        if (digest.length != BYTES) {
            throw new IllegalArgumentException("a digest is 32 bytes, got " + digest.length);
        }
        fixedInto(d, x);
        // bits2octets(h) = int(h) mod n; the digest is public, so branching on it leaks nothing.
        if (Arrays.compareUnsigned(digest, orderBytes) >= 0) {
            fixedInto(new BigInteger(1, digest).subtract(order), h);
        } else {
            System.arraycopy(digest, 0, h, 0, BYTES);
        }
        Arrays.fill(v, (byte) 0x01);
        absorb(zeroKeyMac, (byte) 0x00);
        finish(zeroKeyMac, k);
        rekey();
        mac.update(v);
        finish(mac, v);
        absorb(mac, (byte) 0x01);
        finish(mac, k);
        rekey();
        mac.update(v);
        finish(mac, v);
        Arrays.fill(x, (byte) 0);
    }

    /** The next nonce of the sequence, in [1, n−1]. */
    BigInteger next() {
        while (true) {
            mac.update(v);
            finish(mac, v);
            BigInteger candidate = new BigInteger(1, v);
            if (candidate.signum() > 0 && candidate.compareTo(order) < 0) {
                return candidate;
            }
            mac.update(v);
            mac.update((byte) 0x00);
            finish(mac, k);
            rekey();
            mac.update(v);
            finish(mac, v);
        }
    }

    /** {@code V ‖ separator ‖ x ‖ h} into {@code into}, whose key is already set. */
    private void absorb(Mac into, byte separator) {
        into.update(v);
        into.update(separator);
        into.update(x);
        into.update(h);
    }

    private void rekey() {
        try {
            mac.init(new SecretKeySpec(k, HMAC));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " refused a 32-byte key", e);
        }
    }

    private static void finish(Mac from, byte[] out) {
        try {
            from.doFinal(out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " output does not fit 32 bytes", e);
        }
    }

    private static byte[] fixed(BigInteger value) {
        byte[] out = new byte[BYTES];
        fixedInto(value, out);
        return out;
    }

    /** {@code value} (below 2^256, not negative) as 32 big-endian bytes. */
    private static void fixedInto(BigInteger value, byte[] out) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, BYTES);
        Arrays.fill(out, 0, BYTES - length, (byte) 0);
        System.arraycopy(bytes, bytes.length - length, out, BYTES - length, length);
    }
}
