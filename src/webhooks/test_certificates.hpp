// Test-only: a certificate authority made for these tests, and a server certificate it
// signed for "localhost" and 127.0.0.1 (P-256 keys, valid until 2126), so that the TLS tests
// need no network and no certificate of the system's store.
#pragma once

namespace waymark::webhooks::testkit {

inline constexpr char kTestCaPem[] = R"pem(-----BEGIN CERTIFICATE-----
MIIBmzCCAUGgAwIBAgIUWVaKN8vseAMLx5RDN2xBPRYBoT0wCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPV2F5bWFyayBUZXN0IENBMCAXDTI2MTEyNTAyMDc0OVoYDzIx
MjYxMTAxMDIwNzQ5WjAaMRgwFgYDVQQDDA9XYXltYXJrIFRlc3QgQ0EwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAARKp8vEzgFiPNfoEa7YTcoc8gbO0PX6d8Qt7qYh
YppfOhWyxDQnbXACqlHzI5REcVzN8crfSRBlWWF9UoOryJGEo2MwYTAdBgNVHQ4E
FgQUakA8PRRNhm/mHUqf2zdYFCgoDRAwHwYDVR0jBBgwFoAUakA8PRRNhm/mHUqf
2zdYFCgoDRAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwCgYIKoZI
zj0EAwIDSAAwRQIhAKRUz0SwV31kvtqrO8nY2JycviZfrXvrsSZ3gV/yBDSuAiAO
Ti1+29FXGymsfID9kFRgQhjqwinrRsZu5EYSkkKmIQ==
-----END CERTIFICATE-----
)pem";

inline constexpr char kLocalhostCertPem[] = R"pem(-----BEGIN CERTIFICATE-----
MIIBwTCCAWigAwIBAgIUe2Ol3nMpX7iJsayNP8sV2saH7X0wCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPV2F5bWFyayBUZXN0IENBMCAXDTI2MTEyNTAyMDc0OVoYDzIx
MjYxMTAxMDIwNzQ5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAATQkZpoCMtnziMfHMq7vEz9ibfmw4M8lxFVtSosMLWM0U3V
3QlwXlbH6yR2YvOBiGxuuRD5trUSLPwZnpDRBTWXo4GPMIGMMBoGA1UdEQQTMBGC
CWxvY2FsaG9zdIcEfwAAATAJBgNVHRMEAjAAMA4GA1UdDwEB/wQEAwIHgDATBgNV
HSUEDDAKBggrBgEFBQcDATAdBgNVHQ4EFgQUHFa1JLms82C7AJSFla7TWK3mxv8w
HwYDVR0jBBgwFoAUakA8PRRNhm/mHUqf2zdYFCgoDRAwCgYIKoZIzj0EAwIDRwAw
RAIgb5RuOeFikF7wObvB0oKqInlH0swK2+ragyOcsBGdPcECIFHWTCydrZkFNkfb
khX0R3Y0/e3N4PJCw0iZaVIgZo++
-----END CERTIFICATE-----
)pem";

inline constexpr char kLocalhostKeyPem[] = R"pem(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgbt1apd/w985v2pWq
PLHZJtc5yPVCHhethXqxT9a6t9GhRANCAATQkZpoCMtnziMfHMq7vEz9ibfmw4M8
lxFVtSosMLWM0U3V3QlwXlbH6yR2YvOBiGxuuRD5trUSLPwZnpDRBTWX
-----END PRIVATE KEY-----
)pem";

}  // namespace waymark::webhooks::testkit
