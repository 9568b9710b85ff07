// Passwords of ten or more characters that top the published lists of leaked passwords (shorter ones
// are refused by length already), plus the obvious ones for this product. Compared case-insensitively.
// The demo password of the seeded accounts is deliberately not here.
export const COMMON_PASSWORDS: readonly string[] = `
1234567890 0987654321 12345678910 123456789a 123456789q 1234567890a 123456789abc 1234567891
12345678900 123123123123 1231231231 1111111111 0000000000 2222222222 5555555555 7777777777
9999999999 1212121212 1122334455 1qaz2wsx3edc 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u
q1w2e3r4t5 q1w2e3r4t5y6 zaq12wsxcde zaq1zaq1zaq1 qwertyuiop qwertyuiop123 qwerty1234 qwerty12345
qwerty123456 qwertyqwerty qwerty123qwe asdfghjkl; asdfghjkl1 asdfghjkl123 zxcvbnm123 zxcvbnmasd
1qazxsw23edc qazwsxedcrfv qazwsxedc123 password12 password123 password1234 password12345
password123456 password01 password2024 password2025 password2026 password!! passw0rd123
p@ssword123 p@ssw0rd123 p@ssw0rd1234 mypassword mypassword1 mypassword123 newpassword
newpassword1 thepassword yourpassword secretpassword letmein123 letmeinnow welcome123
welcome1234 welcome2024 welcome2025 welcome2026 iloveyou12 iloveyou123 iloveyou1234
iloveyou123456 sunshine123 princess123 football123 baseball123 basketball soccer1234
superman123 batman1234 starwars123 dragon1234 monkey1234 master1234 shadow1234 michael123
jennifer123 jessica123 charlie123 trustno1trustno1 abcdefghij abcdefghijk abcdefghijkl
abcd123456 abc1234567 abcdefg123 a1b2c3d4e5 aaaaaaaaaa administrator admin12345 admin123456
administrator1 changeme123 changeme1234 default123 computer123 internet123 whatever123
qwertyuiopasdfghjkl 1234qwerasdf 1234qwer1234 1234abcd1234 987654321a 9876543210 0123456789
11223344556677 12344321 123454321 1234512345 12345qwert 12341234 123qweasdzxc 1qaz2wsx1qaz2wsx
backtrack1 backtrack123 backtrack2024 backtrack2025 backtrack2026 backpain123 massage123
physiotherapy physiotherapist physicaltherapy massagetherapy chiropractor clinic1234
clinic12345 therapist1 therapist123 frontdesk1 frontdesk123 reception1 reception123
`
  .split(/\s+/)
  .filter(Boolean);
