    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
D    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
V    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
T    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
I    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
O    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
R    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
U    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
H    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
M    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
T    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
O    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
C    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
K    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
{    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
6    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
6    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
5    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
}    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
*    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
N    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
>    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
R    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
R    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
5    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
O    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
T    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
O    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
C    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
K    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
I    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
+    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
U    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
C    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
P    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
{    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
}    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
{    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
}    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
M    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
M    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
N    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
N    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
U    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
+    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
6    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
+    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
#    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
€    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
3    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
8    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
4    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
<    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
5    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
+    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
9    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
#    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
N    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
5    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
J    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
D    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
>    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
9    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
9    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
3    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
>    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
#    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
€    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
3    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
8    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
5    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
→    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
€    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
8    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
5    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
P    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
E    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
C    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
§    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
3    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
3    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
[    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
0    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
]    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
2    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
3    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
x    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
v    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
p    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
-    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
1    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
_    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
y    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
w    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
g    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
:    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
{    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
U    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
}    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
k    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
,    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
{    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
}    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
;    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
{    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
H    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
S    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
b    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
j    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
f    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
=    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
'    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
'    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
.    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
c    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
(    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
}    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
h    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
l    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
s    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
i    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
o    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
"    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
)    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
t    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
u    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
r    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
n    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
     if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
m    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
a    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
d    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
e    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)

    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
